package fi.taitoura.workplace.ui;

import fi.taitoura.base.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.workplace.EnvironmentRecognition;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.RecognitionService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkUnitSector;
import fi.taitoura.workplace.WorkplaceService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The work units the user works with (a coach's own, all for team leads and administrators), and for a reviewer the
 * recognitions waiting for their review.
 */
@Menu(title = "workplace.nav.workUnits", order = 150, icon = "vaadin:workplace")
@Route("work-units")
@PermitAll
class WorkUnitsView extends VerticalLayout implements HasDynamicTitle {

    private final WorkplaceService workplaces;
    private final RecognitionService recognitions;
    private final TranslationProvider translations;
    private final Grid<WorkUnit> grid = new Grid<>();

    WorkUnitsView(WorkplaceService workplaces, RecognitionService recognitions, TranslationProvider translations) {
        this.workplaces = workplaces;
        this.recognitions = recognitions;
        this.translations = translations;
        addClassName("work-units-view");
        setSizeFull();

        List<EnvironmentRecognition> toReview = recognitions.findAssignedToMe();
        if (!toReview.isEmpty()) {
            H3 title = new H3(getTranslation("workplace.toReview"));
            Grid<EnvironmentRecognition> review = new Grid<>();
            review.setId("recognitions-to-review");
            review.addColumn(r -> r.getWorkUnit().getName()).setHeader(getTranslation("workplace.field.name"))
                    .setAutoWidth(true);
            review.addColumn(r -> r.getWorkUnit().getOrganisation().getName())
                    .setHeader(getTranslation("workplace.field.organisation"));
            review.addColumn(r -> getTranslation("recognition.versionLabel", r.getRevision()))
                    .setHeader(getTranslation("recognition.field.version"));
            Map<Long, String> names = recognitions.names(toReview);
            review.addColumn(r -> r.getSubmittedById() == null ? "" : names.getOrDefault(r.getSubmittedById(), ""))
                    .setHeader(getTranslation("recognition.field.submittedBy"));
            review.addComponentColumn(r -> {
                Button open = new Button(getTranslation("recognition.openReview"), VaadinIcon.CLIPBOARD_CHECK.create(),
                        e -> open(r.getWorkUnit(), RecognitionView.class));
                open.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                return open;
            }).setAutoWidth(true).setFlexGrow(0);
            review.setItems(toReview);
            review.setAllRowsVisible(true);
            review.addThemeVariants(GridVariant.ROW_STRIPES);
            add(title, review);
        }

        if (workplaces.canCreateWorkUnits()) {
            Button create = new Button(getTranslation("workplace.new"), VaadinIcon.PLUS.create(), e -> create());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("new-work-unit");
            add(create);
        }
        List<WorkUnit> units = workplaces.findVisibleWorkUnits();
        Map<Long, List<fi.taitoura.user.UserService.UserRef>> coaches = workplaces.findCoaches(units.stream()
                .map(WorkUnit::getId).toList());
        grid.setId("work-units");
        grid.addColumn(WorkUnit::getName).setHeader(getTranslation("workplace.field.name")).setAutoWidth(true)
                .setSortable(true).setFlexGrow(2);
        var organisationColumn = grid.addColumn(w -> w.getOrganisation().getName()).setHeader(getTranslation("workplace.field.organisation"))
                .setAutoWidth(true);
        var sectorColumn = grid.addColumn(w -> translations.enumLabel(w.getSector(), getLocale()))
                .setHeader(getTranslation("workplace.field.sector")).setAutoWidth(true);
        var coachesColumn = grid.addColumn(w -> coaches.getOrDefault(w.getId(), List.of()).stream().map(u -> u.fullName())
                .collect(Collectors.joining(", "))).setHeader(getTranslation("workplace.field.coaches"));
        grid.addColumn(w -> recognitionStatus(w)).setHeader(getTranslation("workplace.field.recognition"))
                .setAutoWidth(true);
        var activeColumn = grid.addColumn(w -> getTranslation(w.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("workUnit.active")).setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.hide(grid, organisationColumn, sectorColumn, coachesColumn, activeColumn); // a phone: name, recognition
        grid.addItemClickListener(e -> open(e.getItem(), WorkUnitView.class));
        grid.setAriaLabel(getTranslation("workplace.nav.workUnits"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(units);
        if (units.isEmpty()) {
            add(new Paragraph(getTranslation("workplace.none")));
        }
        add(grid);
    }

    private String recognitionStatus(WorkUnit w) {
        return recognitions.findInForce(w.getId())
                .map(r -> getTranslation("workplace.recognisedUntil", r.getApprovedOn() == null ? ""
                        : r.getApprovedOn().format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy"))))
                .orElse(getTranslation("workplace.notRecognised"));
    }

    private void open(WorkUnit w, Class<? extends com.vaadin.flow.component.Component> view) {
        getUI().ifPresent(ui -> ui.navigate(view, new RouteParameters("id", String.valueOf(w.getId()))));
    }

    private void create() {
        WorkUnit unit = new WorkUnit();
        Binder<WorkUnit> binder = new Binder<>();
        TextField name = new TextField(getTranslation("workplace.field.name"));
        ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("workplace.field.organisation"));
        organisation.setItems(workplaces.findOrganisationsForNewUnits());
        organisation.setItemLabelGenerator(Organisation::getName);
        ComboBox<WorkUnitSector> sector = new ComboBox<>(getTranslation("workplace.field.sector"));
        sector.setItems(WorkUnitSector.values());
        sector.setItemLabelGenerator(s -> translations.enumLabel(s, getLocale()));
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 1, 200))
                .bind(WorkUnit::getName, WorkUnit::setName);
        binder.forField(organisation).asRequired(getTranslation("validation.required"))
                .bind(WorkUnit::getOrganisation, WorkUnit::setOrganisation);
        binder.forField(sector).asRequired(getTranslation("validation.required"))
                .bind(WorkUnit::getSector, WorkUnit::setSector);
        binder.readBean(unit);
        Dialog dialog = new Dialog(getTranslation("workplace.new"));
        dialog.setWidth("min(32rem, 100vw)");
        dialog.add(new FormLayout(name, organisation, sector));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!binder.writeBeanIfValid(unit)) {
                return;
            }
            Notifications.save(this, () -> {
                WorkUnit saved = workplaces.saveWorkUnit(unit);
                dialog.close();
                Notifications.success(getTranslation("common.saved"));
                open(saved, WorkUnitView.class);
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workplace.nav.workUnits");
    }
}

package fi.taitoura.workplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkUnitSector;
import fi.taitoura.workplace.WorkplaceService;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** A work unit's details. Its editors (assigned coaches, team leads, administrators) change them here. */
@Route("work-units/:id")
@PermitAll
class WorkUnitView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final WorkplaceService workplaces;
    private final TranslationProvider translations;
    private WorkUnit unit;

    WorkUnitView(WorkplaceService workplaces, TranslationProvider translations) {
        this.workplaces = workplaces;
        this.translations = translations;
        addClassName("work-unit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        unit = id == null ? null : workplaces.findVisibleWorkUnit(id).orElse(null);
        if (unit == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        boolean editable = workplaces.canEdit(unit.getId());
        add(new WorkUnitTabs(unit, WorkUnitTabs.Page.DETAILS));

        Binder<WorkUnit> binder = new Binder<>();
        TextField name = new TextField(getTranslation("workplace.field.name"));
        ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("workplace.field.organisation"));
        organisation.setItems(workplaces.findOrganisations());
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setReadOnly(!workplaces.canManageAllWorkUnits());
        ComboBox<WorkUnitSector> sector = new ComboBox<>(getTranslation("workplace.field.sector"));
        sector.setItems(WorkUnitSector.values());
        sector.setItemLabelGenerator(s -> translations.enumLabel(s, getLocale()));
        TextField street = new TextField(getTranslation("workplace.field.street"));
        TextField postalCode = new TextField(getTranslation("workplace.field.postalCode"));
        TextField postOffice = new TextField(getTranslation("workplace.field.postOffice"));
        TextField contactName = new TextField(getTranslation("workplace.field.contactName"));
        TextField contactPhone = new TextField(getTranslation("workplace.field.contactPhone"));
        EmailField contactEmail = new EmailField(getTranslation("workplace.field.contactEmail"));
        IntegerField capacity = new IntegerField(getTranslation("workplace.field.capacity"));
        capacity.setHelperText(getTranslation("workplace.field.capacityHelp"));
        capacity.setStepButtonsVisible(true);
        capacity.setMin(1);
        capacity.setMax(30);
        TextArea description = new TextArea(getTranslation("workplace.field.description"));
        description.setMaxLength(2000);
        Checkbox active = new Checkbox(getTranslation("workUnit.active"));

        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 1, 200))
                .bind(WorkUnit::getName, WorkUnit::setName);
        binder.forField(organisation).asRequired(getTranslation("validation.required"))
                .bind(WorkUnit::getOrganisation, WorkUnit::setOrganisation);
        binder.forField(sector).asRequired(getTranslation("validation.required"))
                .bind(WorkUnit::getSector, WorkUnit::setSector);
        binder.forField(street).withValidator(max(200)).bind(WorkUnit::getStreetAddress, WorkUnit::setStreetAddress);
        binder.forField(postalCode)
                .withValidator(new RegexpValidator(getTranslation("workplace.validation.postalCode"), "^$|^\\d{5}$"))
                .bind(WorkUnit::getPostalCode, WorkUnit::setPostalCode);
        binder.forField(postOffice).withValidator(max(100)).bind(WorkUnit::getPostOffice, WorkUnit::setPostOffice);
        binder.forField(contactName).withValidator(max(200)).bind(WorkUnit::getContactName, WorkUnit::setContactName);
        binder.forField(contactPhone).withValidator(max(40)).bind(WorkUnit::getContactPhone, WorkUnit::setContactPhone);
        binder.forField(contactEmail).withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(max(200)).bind(WorkUnit::getContactEmail, WorkUnit::setContactEmail);
        binder.forField(capacity).asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("workplace.validation.capacity"), 1, 30))
                .bind(WorkUnit::getTraineesPerCoach, WorkUnit::setTraineesPerCoach);
        binder.forField(description).withValidator(max(2000)).bind(WorkUnit::getDescription, WorkUnit::setDescription);
        binder.forField(active).bind(WorkUnit::isActive, WorkUnit::setActive);
        binder.readBean(unit);
        binder.setReadOnly(!editable);
        organisation.setReadOnly(!editable || !workplaces.canManageAllWorkUnits());

        FormLayout form = new FormLayout(name, organisation, sector, capacity, street, postalCode, postOffice,
                contactName, contactPhone, contactEmail, description, active);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        form.setId("work-unit-form");
        add(form);

        String coaches = workplaces.findCoaches(unit.getId()).stream().map(u -> u.fullName())
                .collect(Collectors.joining(", "));
        Span coachLabel = new Span(getTranslation("workplace.field.coaches") + ": ");
        coachLabel.addClassName("field-label");
        Paragraph coachLine = new Paragraph(coachLabel, new Span(coaches.isEmpty()
                ? getTranslation("workplace.noCoaches") : coaches));
        coachLine.setId("work-unit-coaches");
        Paragraph coachHelp = new Paragraph(getTranslation("workplace.coachesHelp"));
        coachHelp.addClassName("help-text");
        add(coachLine, coachHelp);

        if (editable) {
            Button save = new Button(getTranslation("common.save"), e -> {
                if (!binder.writeBeanIfValid(unit)) {
                    return;
                }
                Notifications.save(this, () -> {
                    unit = workplaces.saveWorkUnit(unit);
                    binder.readBean(unit);
                    Notifications.success(getTranslation("common.saved"));
                });
            });
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("save-work-unit");
            add(save);
        }
    }

    private StringLengthValidator max(int n) {
        return new StringLengthValidator(getTranslation("validation.maxLength", n), 0, n);
    }

    @Override
    public String getPageTitle() {
        return unit == null ? getTranslation("workplace.nav.workUnits") : unit.getName();
    }
}

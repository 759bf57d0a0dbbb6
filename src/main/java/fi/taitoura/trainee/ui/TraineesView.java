package fi.taitoura.trainee.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeRow;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/** The trainees the user may see (scoped by role), with a quick filter; coaches and career agents add new ones. */
@Menu(title = "nav.trainees", order = 200, icon = "vaadin:user-card")
@Route("trainees")
@RolesAllowed({Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.TEAM_LEAD})
class TraineesView extends VerticalLayout implements HasDynamicTitle {

    private final TraineeService service;
    private final TranslationProvider translations;
    private final Grid<TraineeRow> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Checkbox activeOnly = new Checkbox();
    private List<TraineeRow> rows = List.of();

    TraineesView(TraineeService service, TranslationProvider translations) {
        this.service = service;
        this.translations = translations;
        setSizeFull();
        filter.setPlaceholder(getTranslation("trainees.filter"));
        filter.setAriaLabel(getTranslation("trainees.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> apply());
        activeOnly.setLabel(getTranslation("trainees.activeOnly"));
        activeOnly.setValue(true);
        activeOnly.addValueChangeListener(e -> apply());
        HorizontalLayout toolbar = new HorizontalLayout(filter, activeOnly);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        toolbar.setWrap(true); // a phone: the filter, the checkbox and the button each take a line as needed
        toolbar.addClassName("toolbar");
        filter.setMinWidth("12rem");
        if (service.canCreate()) {
            Button add = new Button(getTranslation("trainees.new"), VaadinIcon.PLUS.create(), e -> openNew());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("new-trainee");
            toolbar.add(add);
        }

        grid.addColumn(TraineeRow::name).setHeader(getTranslation("trainee.name")).setSortable(true)
                .setAutoWidth(true);
        var unitColumn = grid.addColumn(TraineeRow::workUnit).setHeader(getTranslation("period.workUnit")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> translations.enumLabel(r.status(), getLocale())).setHeader(getTranslation("period.status"))
                .setAutoWidth(true);
        var datesColumn = grid.addColumn(r -> Formats.range(r.start(), r.end())).setHeader(getTranslation("period.dates"))
                .setComparator(TraineeRow::start).setAutoWidth(true);
        PhoneColumns.hide(grid, unitColumn, datesColumn); // a phone: name and status; the rest is on the trainee's page
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.trainees"));
        grid.setId("trainees");
        grid.addItemClickListener(e -> open(e.getItem().traineeId()));
        add(toolbar, grid);
        rows = service.findVisibleTrainees();
        apply();
    }

    private void open(Long traineeId) {
        getUI().ifPresent(ui -> ui.navigate("trainees/" + traineeId));
    }

    private void apply() {
        String f = filter.getValue().trim().toLowerCase();
        LocalDate today = Time.today();
        grid.setItems(rows.stream().filter(r -> !activeOnly.getValue() || r.active())
                .filter(r -> f.isEmpty() || r.name().toLowerCase().contains(f) || r.workUnit().toLowerCase().contains(f))
                .toList());
    }

    private void openNew() {
        Dialog dialog = new Dialog(getTranslation("trainees.new"));
        dialog.setWidth("min(60rem, 100vw)");
        Trainee trainee = new Trainee();
        TrainingPeriod period = new TrainingPeriod();
        period.setStartDate(Time.today());
        period.setPlannedEndDate(Time.today().plusMonths(6));
        TraineeForm traineeForm = new TraineeForm(translations, false);
        traineeForm.binder.readBean(trainee);
        PeriodForm periodForm = new PeriodForm(service, translations, period);
        dialog.add(new H3(getTranslation("trainee.details")), traineeForm, new H3(getTranslation("period.first")),
                periodForm);
        Button save = new Button(getTranslation("common.save"), e -> {
            boolean ok = traineeForm.binder.writeBeanIfValid(trainee);
            ok = periodForm.binder.writeBeanIfValid(period) && ok;
            if (!ok) {
                return;
            }
            Notifications.save(this, () -> {
                PeriodWarnings.confirmThen(this, service.checkPeriod(period), () -> {
                    Notifications.save(this, () -> {
                        TrainingPeriod saved = service.createTrainee(trainee, traineeForm.personalId.getValue(),
                                period);
                        Notifications.success(getTranslation("common.saved"));
                        dialog.close();
                        open(saved.getTrainee().getId());
                    });
                });
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-trainee");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.trainees");
    }
}

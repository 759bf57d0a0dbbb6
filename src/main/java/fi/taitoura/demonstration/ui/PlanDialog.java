package fi.taitoura.demonstration.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.demonstration.Demonstration;
import fi.taitoura.demonstration.DemonstrationPlace;
import fi.taitoura.demonstration.DemonstrationRecords.Plan;
import fi.taitoura.demonstration.DemonstrationRecords.PlanOptions;
import fi.taitoura.demonstration.DemonstrationRecords.TaskRef;
import fi.taitoura.demonstration.DemonstrationRecords.UserRef;
import fi.taitoura.demonstration.DemonstrationService;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Proposes a demonstration of a unit (from the ledger) or edits a planned one: dates, place, the work tasks, the
 * assessors (a teacher and a workplace representative, a user or a named person with organisation) and the
 * education provider. Validation messages appear next to the fields; a failed save keeps what was typed.
 */
public class PlanDialog extends Dialog {

    /** The form's bean. */
    static final class PlanBean {
        LocalDate startDate;
        LocalDate endDate;
        String place = "";
        DemonstrationPlace placeKind = DemonstrationPlace.WORKPLACE;
        Set<TaskRef> tasks = new LinkedHashSet<>();
        String workDescription = "";
        UserRef teacher;
        boolean workplaceIsUser = true;
        UserRef workplaceUser;
        String workplaceName = "";
        String workplaceOrganisation = "";
        String educationProvider = "";
        String educationProviderOid = "";
    }

    private final Binder<PlanBean> binder = new Binder<>();
    private final PlanBean bean = new PlanBean();

    /** A new proposal of the unit in the period; {@code onSaved} gets the new demonstration. */
    public static PlanDialog propose(DemonstrationService service, TranslationProvider translations, Long periodId,
                                     Long unitId, String unitLabel, Consumer<Demonstration> onSaved) {
        PlanOptions options = service.planOptions(periodId);
        PlanDialog dialog = new PlanDialog(translations, options, unitLabel);
        dialog.bean.place = options.defaultPlace();
        dialog.bean.educationProvider = options.defaultProvider();
        dialog.bean.startDate = Time.today().plusWeeks(1);
        dialog.bean.endDate = dialog.bean.startDate;
        dialog.binder.readBean(dialog.bean);
        dialog.saveButton(() -> service.propose(periodId, unitId, dialog.plan()), onSaved);
        return dialog;
    }

    /** Edits a planned demonstration with the version the user saw. */
    static PlanDialog edit(DemonstrationService service, TranslationProvider translations, Long periodId,
                           Long demonstrationId, long version, Plan plan, String unitLabel,
                           Consumer<Demonstration> onSaved) {
        PlanOptions options = service.planOptions(periodId);
        PlanDialog dialog = new PlanDialog(translations, options, unitLabel);
        PlanBean b = dialog.bean;
        b.startDate = plan.startDate();
        b.endDate = plan.endDate();
        b.place = plan.place();
        b.placeKind = plan.placeKind();
        b.tasks = options.tasks().stream().filter(t -> plan.taskIds().contains(t.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        b.workDescription = Objects.requireNonNullElse(plan.workDescription(), "");
        b.teacher = options.teachers().stream().filter(t -> t.id().equals(plan.teacherId())).findFirst().orElse(null);
        b.workplaceIsUser = plan.workplaceAssessorId() != null;
        b.workplaceUser = options.workplaceUsers().stream().filter(u -> u.id().equals(plan.workplaceAssessorId()))
                .findFirst().orElse(null);
        b.workplaceName = Objects.requireNonNullElse(plan.workplaceAssessorName(), "");
        b.workplaceOrganisation = Objects.requireNonNullElse(plan.workplaceAssessorOrganisation(), "");
        b.educationProvider = plan.educationProvider();
        b.educationProviderOid = plan.educationProviderOid() == null ? "" : plan.educationProviderOid();
        dialog.binder.readBean(b);
        dialog.saveButton(() -> service.updatePlan(demonstrationId, version, dialog.plan()), onSaved);
        return dialog;
    }

    private PlanDialog(TranslationProvider translations, PlanOptions options, String unitLabel) {
        setHeaderTitle(getTranslation("demonstration.plan.title"));
        addClassName("demonstration-plan-dialog");
        setWidth("min(52rem, 100vw)");
        Paragraph about = new Paragraph(getTranslation("demonstration.plan.about", options.traineeName(), unitLabel));

        DatePicker start = Formats.datePicker(getTranslation("demonstration.field.startDate"));
        start.setId("plan-start");
        DatePicker end = Formats.datePicker(getTranslation("demonstration.field.endDate"));
        end.setId("plan-end");
        TextField place = new TextField(getTranslation("demonstration.field.place"));
        place.setId("plan-place");
        Select<DemonstrationPlace> placeKind = new Select<>();
        placeKind.setLabel(getTranslation("demonstration.field.placeKind"));
        placeKind.setItems(DemonstrationPlace.values());
        placeKind.setItemLabelGenerator(v -> translations.enumLabel(v, getLocale()));
        MultiSelectComboBox<TaskRef> tasks = new MultiSelectComboBox<>(getTranslation("demonstration.field.tasks"));
        tasks.setItems(options.tasks());
        tasks.setItemLabelGenerator(TaskRef::name);
        tasks.setId("plan-tasks");
        TextArea work = new TextArea(getTranslation("demonstration.field.workDescription"));
        work.setHelperText(getTranslation("demonstration.plan.workHelp"));
        work.setId("plan-work");
        ComboBox<UserRef> teacher = new ComboBox<>(getTranslation("demonstration.field.teacher"));
        teacher.setItems(options.teachers());
        teacher.setItemLabelGenerator(UserRef::name);
        teacher.setId("plan-teacher");
        RadioButtonGroup<Boolean> workplaceKind = new RadioButtonGroup<>(
                getTranslation("demonstration.field.workplaceAssessor"));
        workplaceKind.setItems(true, false);
        workplaceKind.setItemLabelGenerator(b -> getTranslation(b ? "demonstration.plan.workplaceUser"
                : "demonstration.plan.workplaceNamed"));
        workplaceKind.setId("plan-workplace-kind");
        ComboBox<UserRef> workplaceUser = new ComboBox<>(getTranslation("demonstration.plan.workplaceUser"));
        workplaceUser.setItems(options.workplaceUsers());
        workplaceUser.setItemLabelGenerator(UserRef::name);
        workplaceUser.setId("plan-workplace-user");
        TextField workplaceName = new TextField(getTranslation("demonstration.field.workplaceName"));
        workplaceName.setId("plan-workplace-name");
        TextField workplaceOrg = new TextField(getTranslation("demonstration.field.workplaceOrganisation"));
        workplaceOrg.setId("plan-workplace-org");
        TextField provider = new TextField(getTranslation("demonstration.field.provider"));
        provider.setId("plan-provider");
        TextField providerOid = new TextField(getTranslation("demonstration.field.providerOid"));
        providerOid.setId("plan-provider-oid");
        providerOid.setHelperText(getTranslation("demonstration.field.providerOid.help"));
        providerOid.setPlaceholder("1.2.246.562.10.…");

        String required = getTranslation("validation.required");
        binder.forField(start).asRequired(required).bind(b -> b.startDate, (b, v) -> b.startDate = v);
        binder.forField(end).asRequired(required)
                .withValidator((v, ctx) -> v == null || start.getValue() == null || !v.isBefore(start.getValue())
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("demonstration.error.endBeforeStart")))
                .bind(b -> b.endDate, (b, v) -> b.endDate = v);
        start.addValueChangeListener(e -> {
            if (end.getValue() == null || (e.getValue() != null && end.getValue().isBefore(e.getValue()))) {
                end.setValue(e.getValue());
            }
        });
        binder.forField(place).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 300), 0, 300))
                .bind(b -> b.place, (b, v) -> b.place = v);
        binder.forField(placeKind).asRequired(required).bind(b -> b.placeKind, (b, v) -> b.placeKind = v);
        binder.forField(tasks).bind(b -> b.tasks, (b, v) -> b.tasks = new LinkedHashSet<>(v));
        binder.forField(work)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 4000), 0, 4000))
                .withValidator((v, ctx) -> !tasks.getValue().isEmpty() || (v != null && !v.isBlank())
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("demonstration.error.work")))
                .bind(b -> b.workDescription, (b, v) -> b.workDescription = v);
        binder.forField(teacher).asRequired(getTranslation("demonstration.error.teacher"))
                .bind(b -> b.teacher, (b, v) -> b.teacher = v);
        binder.forField(workplaceKind).bind(b -> b.workplaceIsUser, (b, v) -> b.workplaceIsUser = v == null || v);
        binder.forField(workplaceUser)
                .withValidator((v, ctx) -> !Boolean.TRUE.equals(workplaceKind.getValue()) || v != null
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("demonstration.error.workplaceAssessor")))
                .withValidator((v, ctx) -> v == null || teacher.getValue() == null
                        || !v.id().equals(teacher.getValue().id()) ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("demonstration.error.sameAssessor")))
                .bind(b -> b.workplaceUser, (b, v) -> b.workplaceUser = v);
        binder.forField(workplaceName)
                .withValidator((v, ctx) -> Boolean.TRUE.equals(workplaceKind.getValue()) || (v != null && !v.isBlank())
                        ? ValidationResult.ok() : ValidationResult.error(required))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 0, 200))
                .bind(b -> b.workplaceName, (b, v) -> b.workplaceName = v);
        binder.forField(workplaceOrg)
                .withValidator((v, ctx) -> Boolean.TRUE.equals(workplaceKind.getValue()) || (v != null && !v.isBlank())
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("demonstration.error.workplaceOrganisation")))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 0, 200))
                .bind(b -> b.workplaceOrganisation, (b, v) -> b.workplaceOrganisation = v);
        binder.forField(provider).asRequired(getTranslation("demonstration.error.provider"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 0, 200))
                .bind(b -> b.educationProvider, (b, v) -> b.educationProvider = v);
        binder.forField(providerOid)
                .withValidator((v, ctx) -> v == null || v.isBlank()
                        || Plan.ORGANISATION_OID.matcher(v.trim()).matches() ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("demonstration.error.providerOid")))
                .bind(b -> b.educationProviderOid, (b, v) -> b.educationProviderOid = v);

        Runnable toggle = () -> {
            boolean user = !Boolean.FALSE.equals(workplaceKind.getValue());
            workplaceUser.setVisible(user);
            workplaceName.setVisible(!user);
            workplaceOrg.setVisible(!user);
        };
        workplaceKind.addValueChangeListener(e -> toggle.run());
        toggle.run();

        FormLayout form = new FormLayout(start, end, place, placeKind, tasks, work, teacher, workplaceKind,
                workplaceUser, workplaceName, workplaceOrg, provider, providerOid);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(place, 1);
        form.setColspan(tasks, 2);
        form.setColspan(work, 2);
        form.setColspan(workplaceKind, 2);
        add(about, form);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel);
    }

    private void saveButton(java.util.function.Supplier<Demonstration> save, Consumer<Demonstration> onSaved) {
        Button button = new Button(getTranslation("demonstration.plan.save"), e -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            Notifications.save(this, () -> {
                Demonstration saved = save.get();
                Notifications.success(getTranslation("common.saved"));
                close();
                onSaved.accept(saved);
            });
        });
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setId("plan-save");
        getFooter().add(button);
    }

    private Plan plan() {
        return new Plan(bean.startDate, bean.endDate, bean.place, bean.placeKind, bean.workDescription,
                bean.tasks.stream().map(TaskRef::id).collect(Collectors.toSet()), bean.teacher == null ? null
                : bean.teacher.id(), bean.workplaceIsUser && bean.workplaceUser != null ? bean.workplaceUser.id()
                : null, bean.workplaceIsUser ? null : bean.workplaceName,
                bean.workplaceIsUser ? null : bean.workplaceOrganisation, bean.educationProvider,
                bean.educationProviderOid == null || bean.educationProviderOid.isBlank() ? null
                        : bean.educationProviderOid.trim());
    }
}

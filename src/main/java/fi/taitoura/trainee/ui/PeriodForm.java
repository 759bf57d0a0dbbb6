package fi.taitoura.trainee.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.catalogue.QualificationUnit;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.workplace.WorkUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** A training period's details with the field rules checked next to each field. */
class PeriodForm extends FormLayout {

    final Binder<TrainingPeriod> binder = new Binder<>();

    PeriodForm(TraineeService service, TranslationProvider translations, TrainingPeriod period) {
        ComboBox<WorkUnit> workUnit = new ComboBox<>(getTranslation("period.workUnit"));
        List<WorkUnit> units = new ArrayList<>(service.findWorkUnitsForNewPeriods());
        if (period.getWorkUnit() != null && !units.contains(period.getWorkUnit())) {
            units.add(0, period.getWorkUnit());
        }
        workUnit.setItems(units);
        workUnit.setItemLabelGenerator(WorkUnit::getName);
        MultiSelectComboBox<AppUser> coaches = new MultiSelectComboBox<>(getTranslation("period.coaches"));
        coaches.setItems(service.findUsersWithRole(Role.COACH));
        coaches.setItemLabelGenerator(AppUser::getFullName);
        ComboBox<AppUser> careerAgent = new ComboBox<>(getTranslation("period.careerAgent"));
        careerAgent.setItems(service.findUsersWithRole(Role.CAREER_AGENT));
        careerAgent.setItemLabelGenerator(AppUser::getFullName);
        careerAgent.setClearButtonVisible(true);
        ComboBox<AppUser> referrer = new ComboBox<>(getTranslation("period.referrerUser"));
        referrer.setItems(service.findUsersWithRole(Role.CASE_WORKER));
        referrer.setItemLabelGenerator(AppUser::getFullName);
        referrer.setClearButtonVisible(true);
        referrer.setHelperText(getTranslation("period.referrerHelp"));
        TextField referrerName = new TextField(getTranslation("period.referrerName"));
        TextField referrerOrganisation = new TextField(getTranslation("period.referrerOrganisation"));
        TextField referrerContact = new TextField(getTranslation("period.referrerContact"));
        ComboBox<PeriodStatus> status = new ComboBox<>(getTranslation("period.status"));
        status.setItems(PeriodStatus.values());
        status.setItemLabelGenerator(s -> translations.enumLabel(s, getLocale()));
        ComboBox<ServiceForm> serviceForm = new ComboBox<>(getTranslation("period.serviceForm"));
        serviceForm.setItems(ServiceForm.values());
        serviceForm.setItemLabelGenerator(s -> translations.enumLabel(s, getLocale()));
        DatePicker start = Formats.datePicker(getTranslation("period.start"));
        DatePicker plannedEnd = Formats.datePicker(getTranslation("period.plannedEnd"));
        DatePicker end = Formats.datePicker(getTranslation("period.end"));
        end.setHelperText(getTranslation("period.endHelp"));
        IntegerField days = new IntegerField(getTranslation("period.daysPerWeek"));
        days.setMin(1);
        days.setMax(5);
        days.setStepButtonsVisible(true);
        BigDecimalField hours = new BigDecimalField(getTranslation("period.hoursPerDay"));
        MultiSelectComboBox<QualificationUnit> targets = new MultiSelectComboBox<>(getTranslation("period.targetUnits"));
        targets.setItems(service.findSelectableTargetUnits());
        targets.setItemLabelGenerator(u -> u.getCode() + " " + u.getName().in(getLocale()));
        targets.setHelperText(getTranslation("period.targetUnitsHelp"));

        String required = getTranslation("validation.required");
        binder.forField(workUnit).asRequired(required).bind(TrainingPeriod::getWorkUnit, TrainingPeriod::setWorkUnit);
        binder.forField(coaches).bind(p -> new HashSet<>(p.getCoaches()), TrainingPeriod::setCoaches);
        binder.forField(careerAgent).bind(TrainingPeriod::getCareerAgent, TrainingPeriod::setCareerAgent);
        binder.forField(referrer).bind(TrainingPeriod::getReferrerUser, TrainingPeriod::setReferrerUser);
        binder.forField(referrerName)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 0, 200))
                .bind(TrainingPeriod::getReferrerName, TrainingPeriod::setReferrerName);
        binder.forField(referrerOrganisation)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 0, 200))
                .bind(TrainingPeriod::getReferrerOrganisation, TrainingPeriod::setReferrerOrganisation);
        binder.forField(referrerContact)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 0, 200))
                .bind(TrainingPeriod::getReferrerContact, TrainingPeriod::setReferrerContact);
        binder.forField(status).asRequired(required).bind(TrainingPeriod::getStatus, TrainingPeriod::setStatus);
        binder.forField(serviceForm).asRequired(required)
                .bind(TrainingPeriod::getServiceForm, TrainingPeriod::setServiceForm);
        binder.forField(start).asRequired(required).bind(TrainingPeriod::getStartDate, TrainingPeriod::setStartDate);
        binder.forField(plannedEnd).asRequired(required)
                .withValidator(d -> start.getValue() == null || !d.isBefore(start.getValue()),
                        getTranslation("period.error.endBeforeStart"))
                .bind(TrainingPeriod::getPlannedEndDate, TrainingPeriod::setPlannedEndDate);
        binder.forField(end)
                .withValidator(d -> d == null || start.getValue() == null || !d.isBefore(start.getValue()),
                        getTranslation("period.error.endBeforeStart"))
                .bind(TrainingPeriod::getEndDate, TrainingPeriod::setEndDate);
        binder.forField(days).asRequired(required)
                .withValidator(d -> d >= 1 && d <= 5, getTranslation("period.error.daysPerWeek"))
                .bind(TrainingPeriod::getDaysPerWeek, TrainingPeriod::setDaysPerWeek);
        binder.forField(hours).asRequired(required)
                .withValidator(h -> h.compareTo(BigDecimal.ONE) >= 0 && h.compareTo(new BigDecimal(8)) <= 0,
                        getTranslation("period.error.hoursPerDay"))
                .bind(TrainingPeriod::getHoursPerDay, TrainingPeriod::setHoursPerDay);
        binder.forField(targets).bind(p -> new HashSet<>(p.getTargetUnits()), TrainingPeriod::setTargetUnits);
        start.addValueChangeListener(e -> {
            plannedEnd.setMin(e.getValue());
            binder.validate();
        });
        binder.readBean(period);

        add(workUnit, status, serviceForm, start, plannedEnd, end, days, hours, coaches, careerAgent, referrer,
                referrerName, referrerOrganisation, referrerContact, targets);
        setColspan(coaches, 2);
        setColspan(targets, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2),
                new ResponsiveStep("56rem", 3));
        setColspan(targets, 3);
    }
}

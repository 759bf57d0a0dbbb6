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
import fi.taitoura.catalogue.CatalogueReader.UnitRow;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService.UserRef;
import fi.taitoura.workplace.WorkplaceService.UnitRef;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A training period's details with the field rules checked next to each field. */
class PeriodForm extends FormLayout {

    final Binder<TrainingPeriod> binder = new Binder<>();

    PeriodForm(TraineeService service, TranslationProvider translations, TrainingPeriod period) {
        // The choices are records of the owning features, held by id; what the period already names stays a
        // choice (a coach since deactivated, a unit of the catalogue's previous version) so that saving keeps it.
        ComboBox<UnitRef> workUnit = new ComboBox<>(getTranslation("period.workUnit"));
        Map<Long, UnitRef> units = byId(service.findWorkUnitsForNewPeriods(), UnitRef::id);
        if (period.getWorkUnitId() != null && !units.containsKey(period.getWorkUnitId())) {
            Map<Long, UnitRef> withCurrent = new LinkedHashMap<>();
            service.findWorkUnitRef(period.getWorkUnitId()).ifPresent(u -> withCurrent.put(u.id(), u));
            withCurrent.putAll(units);
            units = withCurrent;
        }
        workUnit.setItems(units.values());
        workUnit.setItemLabelGenerator(UnitRef::name);
        Set<Long> named = new java.util.HashSet<>(period.getCoachIds());
        named.add(period.getCareerAgentId());
        named.add(period.getReferrerUserId());
        named.remove(null);
        Map<Long, UserRef> people = byId(service.findUserRefs(named), UserRef::id);
        MultiSelectComboBox<UserRef> coaches = new MultiSelectComboBox<>(getTranslation("period.coaches"));
        Map<Long, UserRef> coachItems = choices(service.findUsersWithRole(Role.COACH), period.getCoachIds(), people);
        coaches.setItems(coachItems.values());
        coaches.setItemLabelGenerator(UserRef::fullName);
        ComboBox<UserRef> careerAgent = new ComboBox<>(getTranslation("period.careerAgent"));
        Map<Long, UserRef> agentItems = choices(service.findUsersWithRole(Role.CAREER_AGENT),
                idOf(period.getCareerAgentId()), people);
        careerAgent.setItems(agentItems.values());
        careerAgent.setItemLabelGenerator(UserRef::fullName);
        careerAgent.setClearButtonVisible(true);
        ComboBox<UserRef> referrer = new ComboBox<>(getTranslation("period.referrerUser"));
        Map<Long, UserRef> referrerItems = choices(service.findUsersWithRole(Role.CASE_WORKER),
                idOf(period.getReferrerUserId()), people);
        referrer.setItems(referrerItems.values());
        referrer.setItemLabelGenerator(UserRef::fullName);
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
        MultiSelectComboBox<UnitRow> targets = new MultiSelectComboBox<>(getTranslation("period.targetUnits"));
        Map<Long, UnitRow> targetItems = byId(service.findSelectableTargetUnits(), UnitRow::id);
        service.findTargetUnitRows(period.getTargetUnitIds().stream().filter(id -> !targetItems.containsKey(id))
                .toList()).forEach(u -> targetItems.put(u.id(), u));
        targets.setItems(targetItems.values());
        targets.setItemLabelGenerator(u -> u.code() + " " + u.name().in(getLocale()));
        targets.setHelperText(getTranslation("period.targetUnitsHelp"));

        String required = getTranslation("validation.required");
        Map<Long, UnitRef> unitItems = units;
        binder.forField(workUnit).asRequired(required).bind(p -> p.getWorkUnitId() == null ? null
                : unitItems.get(p.getWorkUnitId()), (p, u) -> p.setWorkUnitId(u == null ? null : u.id()));
        binder.forField(coaches).bind(p -> items(p.getCoachIds(), coachItems),
                (p, set) -> p.setCoachIds(ids(set, UserRef::id)));
        binder.forField(careerAgent).bind(p -> p.getCareerAgentId() == null ? null : agentItems.get(p.getCareerAgentId()),
                (p, u) -> p.setCareerAgentId(u == null ? null : u.id()));
        binder.forField(referrer).bind(p -> p.getReferrerUserId() == null ? null
                : referrerItems.get(p.getReferrerUserId()), (p, u) -> p.setReferrerUserId(u == null ? null : u.id()));
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
        binder.forField(targets).bind(p -> items(p.getTargetUnitIds(), targetItems),
                (p, set) -> p.setTargetUnitIds(ids(set, UnitRow::id)));
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

    private static <T> Map<Long, T> byId(Collection<T> list, Function<T, Long> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        list.forEach(t -> map.put(id.apply(t), t));
        return map;
    }

    /** The choices of a role, and after them the people the period names who are not among them. */
    private static Map<Long, UserRef> choices(List<UserRef> ofRole, Collection<Long> named, Map<Long, UserRef> people) {
        Map<Long, UserRef> map = byId(ofRole, UserRef::id);
        named.stream().filter(id -> !map.containsKey(id)).map(people::get).filter(Objects::nonNull)
                .forEach(u -> map.put(u.id(), u));
        return map;
    }

    private static Set<Long> idOf(Long id) {
        return id == null ? Set.of() : Set.of(id);
    }

    private static <T> Set<T> items(Collection<Long> ids, Map<Long, T> items) {
        return ids.stream().map(items::get).filter(Objects::nonNull)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static <T> Set<Long> ids(Collection<T> set, Function<T, Long> id) {
        return set == null ? new java.util.HashSet<>() : set.stream().map(id).collect(Collectors.toSet());
    }
}

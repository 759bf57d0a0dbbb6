package fi.taitoura.outcome;

import fi.taitoura.base.time.Time;
import fi.taitoura.employment.Outcome;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.outcome.OutcomeRecords.DueFollowUp;
import fi.taitoura.trainee.PeriodFacts;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Outcomes and after-support on the period page and the reminder list; the trainees-per-coach warnings. */
class OutcomeViewsUiTest extends AbstractUiTest {

    @Autowired
    TraineeService trainees;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    PeriodFacts periodFacts;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    UserService users;
    @Autowired
    TransactionTemplate tx;


    private TrainingPeriod newPeriod(WorkUnit unit, Set<AppUser> coaches, LocalDate start, LocalDate plannedEnd) {
        Trainee t = new Trainee();
        t.setFirstName("Tulos");
        t.setLastName("Testi" + System.nanoTime() % 10000);
        t.setDateOfBirth(LocalDate.of(1992, 5, 5));
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setCoachIds(coaches.stream().map(fi.taitoura.user.AppUser::getId).collect(java.util.stream.Collectors.toSet()));
        p.setStatus(PeriodStatus.WORK_TRIAL);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(start);
        p.setPlannedEndDate(plannedEnd);
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        return trainees.createTrainee(t, null, p);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoachEndsAPeriodWithItsOutcomeAndTheCareerAgentFollowsUp() {
        runAs("valmentaja");
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        WorkUnit unit = workplaces.findWorkUnits(coach.getWorkUnitIds()).stream().filter(w -> w.getName().startsWith("Kiinteistö")).findFirst()
                .orElseThrow();
        TrainingPeriod p = newPeriod(unit, Set.of(coach), Time.today().minusMonths(2), Time.today().plusWeeks(2));
        login("valmentaja");
        UI.getCurrent().navigate("trainees/" + p.getTrainee().getId() + "/periods/" + p.getId());
        selectTab("Tulos ja jälkiohjaus");
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("outcome-end-date"));
        assertThat(end.isReadOnly()).isFalse();
        ComboBox<Outcome> outcome = _get(ComboBox.class, spec -> spec.withId("outcome-outcome"));
        _setValue(outcome, Outcome.INTERRUPTED);
        _click(_get(Button.class, spec -> spec.withId("save-outcome")));
        assertThat(end.isInvalid()).as("the end date is required").isTrue();
        ComboBox<InterruptionReason> reason = _get(ComboBox.class, spec -> spec.withId("outcome-reason"));
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.isInvalid()).as("an interruption needs its reason").isTrue();
        _setValue(end, Time.today().minusDays(1));
        _setValue(outcome, Outcome.EDUCATION);
        _setValue(_get(Checkbox.class, spec -> spec.withId("outcome-consent")), true);
        _click(_get(Button.class, spec -> spec.withId("save-outcome")));
        assertThat(trainees.findPeriodsOfTrainee(p.getTrainee().getId()).getFirst().getEndDate())
                .isEqualTo(Time.today().minusDays(1));
        assertThat(_get(Span.class, spec -> spec.withId("follow-up-state")).getText()).isEqualTo("Käynnissä");

        _click(_get(Button.class, spec -> spec.withId("add-contact")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-contact")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("follow-up-contacts")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList()).anyMatch(t -> t.contains("Puhelu"));
        _click(_get(Button.class, spec -> spec.withId("record-status")));
        dialog = _get(Dialog.class);
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withId("status-outcome")), Outcome.EDUCATION);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-status")));
        assertThat(_get(Span.class, spec -> spec.withId("follow-up-state")).getText()).isEqualTo("Tilanne kirjattu");

        // the team lead reads the outcome and its status at three months
        login("tiiminvetaja");
        var d = outcomes.find(p.getId()).orElseThrow();
        assertThat(d.status3m()).isEqualTo(Outcome.EDUCATION);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReminderListShowsTheOpenFollowUpsNearestFirst() {
        login("uraagentti");
        UI.getCurrent().navigate("follow-up");
        Grid<DueFollowUp> grid = _get(Grid.class, spec -> spec.withId("follow-up-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(3);
        List<DueFollowUp> rows = GridKt._findAll(grid);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).dueOn()).isAfterOrEqualTo(rows.get(i - 1).dueOn());
        }
        assertThat(rows).allMatch(r -> r.dueOn().equals(r.endedOn().plusMonths(3)));
        _setValue(_get(Checkbox.class, spec -> spec.withId("only-due")), true);
        assertThat(GridKt._size(grid)).isLessThanOrEqualTo(rows.size());
        login("tiiminvetaja");
        UI.getCurrent().navigate("follow-up");
        assertThat(_find(Grid.class, spec -> spec.withId("follow-up-grid"))).isEmpty();
    }

    @Test
    void aCoachOverTheUnitsTraineesPerCoachIsWarnedOnTheDayAndWhenSavingAPeriod() {
        runAs("admin");
        WorkUnit unit = new WorkUnit();
        unit.setOrganisation(workplaces.findOrganisation(users.findByUsername("valmentaja").orElseThrow()
                .getOrganisationId()).orElseThrow());
        unit.setName("Pieni paja " + System.nanoTime() % 100000);
        unit.setTraineesPerCoach(1);
        WorkUnit saved = workplaces.saveWorkUnit(unit);
        String name = "tight-coach-" + System.nanoTime() % 100000;
        AppUser coach = tx.execute(s -> users.createDemoUser(name, "Tiukka Valmentaja", "x", Set.of(Role.COACH),
                saved.getOrganisation().getId(), Set.of(saved.getId())));
        runAs(name);
        newPeriod(saved, Set.of(coach), Time.today().minusWeeks(2), Time.today().plusMonths(2));
        assertThat(periodFacts.coachLoad(saved.getId(), coach.getId(), Time.today()).exceeded()).isFalse();
        TrainingPeriod second = new TrainingPeriod();
        second.setWorkUnitId(saved.getId());
        second.setCoachIds(Set.of(coach.getId()));
        second.setStatus(PeriodStatus.REHABILITATIVE_WORK_ACTIVITY);
        second.setServiceForm(ServiceForm.ASSESSMENT);
        second.setStartDate(Time.today().minusWeeks(1));
        second.setPlannedEndDate(Time.today().plusMonths(4));
        List<BusinessRuleException> warnings = trainees.checkPeriod(second);
        assertThat(warnings).anyMatch(w -> w.getMessageKey().equals("period.warning.coachCapacity")
                && w.getParams()[1].equals(2L) && w.getParams()[2].equals(1));
        newPeriod(saved, Set.of(coach), Time.today().minusWeeks(1), Time.today().plusMonths(2));
        assertThat(periodFacts.coachLoad(saved.getId(), coach.getId(), Time.today()).exceeded()).isTrue();

        login(name);
        UI.getCurrent().navigate("day");
        Paragraph warning = _get(Paragraph.class, spec -> spec.withId("day-capacity-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo(
                "Sinulla on tänään tässä työyksikössä 2 valmentautujaa; mitoitus on 1 valmentautujaa valmentajaa kohden.");
    }
}

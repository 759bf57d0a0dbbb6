package fi.taitoura.outcome;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.employment.Outcome;
import fi.taitoura.inclusion.InclusionSurveyService;
import fi.taitoura.inclusion.InclusionSurveyService.AnswerInput;
import fi.taitoura.inclusion.InclusionSurveyService.ResponseInput;
import fi.taitoura.inclusion.SurveyEntryMethod;
import fi.taitoura.inclusion.SurveyPhase;
import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.outcome.OutcomeRecords.ContactInput;
import fi.taitoura.outcome.OutcomeRecords.OutcomeInput;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TraineesMergedEvent;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outcomes, after-support contacts and the inclusion survey's other parts are client data (ADR 0020): exported for a
 * subject-access request, anonymised (notes and free-text answers go, categories, states and dates stay), erased
 * with the client, and moved to the kept record when duplicate trainee records are linked. Against the real
 * database, through the holders the data lifecycle calls.
 */
class OutcomeRetentionTest extends AbstractIntegrationTest {

    @Autowired
    TraineeService trainees;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    InclusionSurveyService surveys;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    UserService users;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    private PersonalDataHolder holder(String section) {
        return holders.stream().filter(h -> h.section().equals(section)).findFirst().orElseThrow();
    }

    /** An ended period with an outcome (note, consent), a contact with a note and an end survey with open answers. */
    private long[] clientWithData() {
        runAs("valmentaja");
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        WorkUnit unit = workplaces.findWorkUnits(coach.getWorkUnitIds()).getFirst();
        Trainee t = new Trainee();
        t.setFirstName("Säilytys");
        t.setLastName("Tulos" + System.nanoTime() % 100000);
        t.setDateOfBirth(LocalDate.of(1990, 3, 3));
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setCoachIds(Set.of(coach.getId()));
        p.setStatus(PeriodStatus.WORK_TRIAL);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(Time.today().minusMonths(2));
        p.setPlannedEndDate(Time.today().plusWeeks(2));
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        TrainingPeriod saved = trainees.createTrainee(t, null, p);
        long periodId = saved.getId();
        long traineeId = saved.getTrainee().getId();
        surveys.save(periodId, new ResponseInput(SurveyPhase.END, Time.today().minusDays(2),
                SurveyEntryMethod.FROM_PAPER, Map.of("relationships", new AnswerInput(4, null),
                "most_important", new AnswerInput(null, "Kertoi velkajärjestelystä")), null));
        trainees.endPeriod(periodId, Time.today().minusDays(1));
        outcomes.record(periodId, new OutcomeInput(Outcome.EDUCATION, null, "Aloittaa ammattikoulussa", true, null));
        outcomes.addContact(periodId, new ContactInput(Time.today(), FollowUpContactKind.PHONE, true,
                "Puhuttiin lapsen sairaudesta"));
        return new long[] {periodId, traineeId};
    }

    @Test
    void outcomesContactsAndSurveyAnswersAreExportedThenAnonymisedKeepingCategoriesAndDates() {
        long[] ids = clientWithData();
        List<Long> periods = List.of(ids[0]);
        Map<String, List<Map<String, Object>>> outcome = holder("outcome").export(ids[1], periods);
        assertThat(outcome.get("outcomes")).singleElement()
                .satisfies(r -> assertThat(r.get("note")).isEqualTo("Aloittaa ammattikoulussa"));
        assertThat(outcome.get("followUpContacts")).extracting(r -> r.get("note"))
                .containsExactly("Puhuttiin lapsen sairaudesta");
        Map<String, List<Map<String, Object>>> survey = holder("inclusion").export(ids[1], periods);
        assertThat(survey.get("surveyResponses")).hasSize(1);
        assertThat(survey.get("surveyAnswers")).extracting(r -> r.get("text_value"))
                .contains("Kertoi velkajärjestelystä");

        tx.executeWithoutResult(s -> {
            holder("outcome").anonymise(ids[1], periods);
            holder("inclusion").anonymise(ids[1], periods);
        });
        var o = jdbc.queryForMap("select outcome, follow_up_state, note, status_3m_note from period_outcome"
                + " where period_id = ?", ids[0]);
        assertThat(o.get("note")).isNull();
        assertThat(o.get("outcome")).as("the category stays for statistics").isEqualTo("EDUCATION");
        assertThat(o.get("follow_up_state")).isEqualTo("OPEN");
        assertThat(jdbc.queryForList("select c.note from follow_up_contact c join period_outcome o"
                + " on o.id = c.outcome_id where o.period_id = ?", String.class, ids[0])).containsOnlyNulls();
        assertThat(jdbc.queryForList("select c.contact_on from follow_up_contact c join period_outcome o"
                + " on o.id = c.outcome_id where o.period_id = ?", java.sql.Date.class, ids[0])).doesNotContainNull();
        assertThat(jdbc.queryForObject("select count(*) from inclusion_survey_answer a join inclusion_survey_response r"
                + " on r.id = a.response_id where r.period_id = ? and a.text_value is not null", Long.class, ids[0]))
                .isZero();
        assertThat(jdbc.queryForList("select a.option_value from inclusion_survey_answer a"
                + " join inclusion_survey_response r on r.id = a.response_id where r.period_id = ?", Integer.class,
                ids[0])).as("the chosen options stay for the group reports").containsExactly(4);
    }

    @Test
    void erasingDeletesOutcomesContactsAndResponses() {
        long[] ids = clientWithData();
        tx.executeWithoutResult(s -> {
            holder("outcome").erase(ids[1], List.of(ids[0]));
            holder("inclusion").erase(ids[1], List.of(ids[0]));
        });
        for (String table : List.of("period_outcome", "inclusion_survey_response")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where period_id = ?", Long.class,
                    ids[0])).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from follow_up_contact c left join period_outcome o"
                + " on o.id = c.outcome_id where o.id is null", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from inclusion_survey_answer a left join"
                + " inclusion_survey_response r on r.id = a.response_id where r.id is null", Long.class)).isZero();
        assertThat(holder("outcome").eraseOrder()).as("before the periods they refer to").isPositive();
        assertThat(holder("inclusion").eraseOrder()).isPositive();
    }

    @Test
    void linkingDuplicateRecordsMovesOutcomesAndResponsesToTheKeptRecord() {
        long[] kept = clientWithData();
        long[] merged = clientWithData();
        tx.executeWithoutResult(s -> events.publishEvent(new TraineesMergedEvent(kept[1], merged[1])));
        for (String table : List.of("period_outcome", "inclusion_survey_response")) {
            assertThat(jdbc.queryForList("select period_id from " + table + " where trainee_id = ?", Long.class,
                    kept[1])).as(table).containsExactlyInAnyOrder(kept[0], merged[0]);
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where trainee_id = ?", Long.class,
                    merged[1])).as(table).isZero();
        }
    }
}

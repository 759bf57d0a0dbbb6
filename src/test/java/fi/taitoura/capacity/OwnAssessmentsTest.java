package fi.taitoura.capacity;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.capacity.OwnAssessments.Due;
import fi.taitoura.capacity.OwnAssessments.Kind;
import fi.taitoura.inclusion.InclusionSurveyService;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue #16: the trainee answers their own self-assessments and the inclusion survey (real database). */
class OwnAssessmentsTest extends AbstractIntegrationTest {

    @Autowired
    OwnAssessments own;
    @Autowired
    InclusionSurveyService survey;
    @Autowired
    CapacityService capacity;
    @Autowired
    TraineeAccounts accounts;
    @Autowired
    TraineeService trainees;
    @Autowired
    UserService users;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    JdbcTemplate jdbc;

    /** A new trainee of the coach's unit with a period and an activated account; returns {period id, user name}. */
    private Object[] newTraineeWithAccount(LocalDate start, LocalDate plannedEnd) {
        runAs("valmentaja");
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        WorkUnit unit = workplaces.findWorkUnits(coach.getWorkUnitIds()).getFirst();
        Trainee t = new Trainee();
        t.setFirstName("Itse");
        t.setLastName("Arvioija" + System.nanoTime() % 100000);
        t.setDateOfBirth(LocalDate.of(1995, 3, 3));
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setCoachIds(Set.of(coach.getId()));
        p.setStatus(PeriodStatus.WORK_TRIAL);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(start);
        p.setPlannedEndDate(plannedEnd);
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        TrainingPeriod saved = trainees.createTrainee(t, null, p);
        String username = accounts.activate(saved.getTrainee().getId()).username();
        return new Object[] {saved.getId(), username};
    }

    private static Map<String, Integer> allAnswers(OwnAssessments.Form form, int value) {
        Map<String, Integer> answers = new HashMap<>();
        form.questions().forEach(q -> answers.put(q.key(), value));
        return answers;
    }

    @Test
    void theTraineeAnswersWhatIsDueAndSeesTheCoachRatingOnlyAfterwards() {
        Object[] made = newTraineeWithAccount(Time.today().minusDays(3), Time.today().plusMonths(3));
        Long periodId = (Long) made[0];
        // the coach rates the start first
        runAs("valmentaja");
        Long instrumentId = jdbc.queryForObject("select id from capacity_instrument where code = ? and current_version",
                Long.class, InstrumentService.WORK_ABILITY_SCORE);
        Long itemId = jdbc.queryForObject("select i.id from capacity_item i join capacity_domain d on d.id = i.domain_id"
                + " where d.instrument_id = ? order by i.sort_order limit 1", Long.class, instrumentId);
        CapacityAssessment coachRating = capacity.record(periodId, new AssessmentInput(instrumentId,
                AssessmentPhase.START, Time.today(), Rater.COACH, EntryMethod.OWN_RATING, Map.of(itemId, 4), null));

        runAs((String) made[1]);
        List<Due> due = own.due(periodId);
        assertThat(due).extracting(Due::kind, Due::phase).contains(
                org.assertj.core.groups.Tuple.tuple(Kind.SELF_RATING, AssessmentPhase.START),
                org.assertj.core.groups.Tuple.tuple(Kind.INCLUSION, AssessmentPhase.START));
        assertThat(due).filteredOn(d -> d.kind() == Kind.SELF_RATING).extracting(Due::instrumentId)
                .as("the instrument the coach uses in the period").containsExactly(instrumentId);
        // before answering, the coach's rating cannot be reached, not even by its id
        assertThatThrownBy(() -> own.compare(periodId, coachRating.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(own.answered(periodId)).isEmpty();

        OwnAssessments.Form form = own.form(periodId, instrumentId, AssessmentPhase.START);
        assertThat(form.questions()).hasSize(1);
        OwnAssessments.Answered sent = own.submit(periodId, instrumentId, AssessmentPhase.START, allAnswers(form, 7));
        assertThat(jdbc.queryForObject("select concat(rater, ' ', entry_method) from capacity_assessment where id = ?",
                String.class, sent.assessmentId())).isEqualTo("SELF BY_TRAINEE");
        assertThat(own.due(periodId)).extracting(Due::kind).containsExactly(Kind.INCLUSION);
        assertThatThrownBy(() -> own.submit(periodId, instrumentId, AssessmentPhase.START, allAnswers(form, 6)))
                .isInstanceOf(BusinessRuleException.class).extracting(e -> ((BusinessRuleException) e).getMessageKey())
                .isEqualTo("me.assess.error.answered");
        OwnAssessments.Comparison c = own.compare(periodId, sent.assessmentId());
        assertThat(c.coachRated()).isTrue();
        assertThat(c.domains()).extracting(OwnAssessments.DomainScore::self, OwnAssessments.DomainScore::coach)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7.0, 4.0));
        assertThat(jdbc.queryForList("select actor from audit_log where entity_type = 'CapacityAssessment'"
                + " and entity_id = ? and action = 'CREATE'", String.class, sent.assessmentId()))
                .containsExactly((String) made[1]);

        // staff see the answers as the trainee's own and cannot change them
        runAs("valmentaja");
        CapacityAssessment mine = capacity.findAssessments(periodId).stream()
                .filter(a -> a.getId().equals(sent.assessmentId())).findFirst().orElseThrow();
        assertThat(mine.getEntryMethod()).isEqualTo(EntryMethod.BY_TRAINEE);
        assertThatThrownBy(() -> capacity.update(mine.getId(), mine.getVersion(), new AssessmentInput(instrumentId,
                AssessmentPhase.START, Time.today(), Rater.SELF, EntryMethod.WITH_TRAINEE, Map.of(itemId, 3), null)))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> capacity.record(periodId, new AssessmentInput(instrumentId, AssessmentPhase.END,
                Time.today(), Rater.SELF, EntryMethod.BY_TRAINEE, Map.of(itemId, 3), null)))
                .as("staff cannot enter answers as the trainee's own").isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theInclusionSurveyIsAnsweredWholeWithADraftKeptAfterEveryAnswerAndAStaleDraftRefused() {
        Object[] made = newTraineeWithAccount(Time.today().minusDays(1), Time.today().plusMonths(4));
        Long periodId = (Long) made[0];
        runAs((String) made[1]);
        Due inclusion = own.due(periodId).stream().filter(d -> d.kind() == Kind.INCLUSION).findFirst().orElseThrow();
        InclusionSurveyService.OwnSurvey form = survey.ownSurvey(periodId, inclusion.instrumentId(), inclusion.phase());
        assertThat(form.statements().questions()).hasSize(10);
        assertThat(form.others()).extracting(InclusionSurveyService.OwnQuestion::key).contains("s.relationships")
                .doesNotContain("s.benefit");

        var first = accounts.saveOwnDraft(periodId, inclusion.formKey(), null,
                Map.of(form.statements().questions().get(0).key(), "3"));
        var second = accounts.saveOwnDraft(periodId, inclusion.formKey(), first.version(),
                Map.of(form.statements().questions().get(0).key(), "3", form.statements().questions().get(1).key(), "4"));
        assertThat(accounts.ownDraft(periodId, inclusion.formKey()).answers()).hasSize(2);
        // the same form saved meanwhile on another device: the older version is refused, nothing is overwritten
        assertThatThrownBy(() -> accounts.saveOwnDraft(periodId, inclusion.formKey(), first.version(), Map.of()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(accounts.ownDraft(periodId, inclusion.formKey()).version()).isEqualTo(second.version());

        Map<String, String> answers = new HashMap<>();
        form.statements().questions().forEach(q -> answers.put(q.key(), "4"));
        answers.put("s.relationships", "2");
        survey.submitOwn(periodId, inclusion.instrumentId(), inclusion.phase(), answers);
        assertThat(accounts.ownDraft(periodId, inclusion.formKey()).answers()).as("the draft is removed").isEmpty();
        assertThat(jdbc.queryForObject("select entry_method from inclusion_survey_response where period_id = ?",
                String.class, periodId)).isEqualTo("BY_TRAINEE");
        assertThat(own.due(periodId)).extracting(Due::kind).doesNotContain(Kind.INCLUSION);
        assertThat(own.answered(periodId)).extracting(OwnAssessments.Answered::kind).contains(Kind.INCLUSION);
    }

    @Test
    void aTraineeCannotAnswerForAnotherTraineeNorStaffForTheTrainee() {
        Object[] mine = newTraineeWithAccount(Time.today().minusDays(2), Time.today().plusMonths(2));
        Object[] other = newTraineeWithAccount(Time.today().minusDays(2), Time.today().plusMonths(2));
        Long otherPeriod = (Long) other[0];
        runAs((String) other[1]);
        Due due = own.due(otherPeriod).getFirst();
        runAs((String) mine[1]);
        assertThatThrownBy(() -> own.due(otherPeriod)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> own.form(otherPeriod, due.instrumentId(), due.phase()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> own.submit(otherPeriod, due.instrumentId(), due.phase(), Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.saveOwnDraft(otherPeriod, due.formKey(), null, Map.of("1", "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'REFUSED' and actor = ?"
                + " and entity_id = ?", Integer.class, mine[1], otherPeriod)).isPositive();
        // the coach does not answer as the trainee
        runAs("valmentaja");
        assertThatThrownBy(() -> own.due(otherPeriod)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEndedPeriodIsNotAnsweredAndTheEndIsAskedNearTheEnd() {
        Object[] near = newTraineeWithAccount(Time.today().minusMonths(3), Time.today().plusDays(5));
        runAs((String) near[1]);
        assertThat(own.due((Long) near[0])).extracting(Due::phase).containsOnly(AssessmentPhase.END).isNotEmpty();
        Object[] ended = newTraineeWithAccount(Time.today().minusMonths(3), Time.today().minusDays(10));
        runAs("valmentaja");
        jdbc.update("update training_period set end_date = ? where id = ?", Time.today().minusDays(10), ended[0]);
        runAs((String) ended[1]);
        assertThatThrownBy(() -> own.due((Long) ended[0])).isInstanceOf(AccessDeniedException.class);
    }
}

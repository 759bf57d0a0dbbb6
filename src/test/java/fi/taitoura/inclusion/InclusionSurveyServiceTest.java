package fi.taitoura.inclusion;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.report.ReportingWindow;
import fi.taitoura.base.report.ReportingWindows;
import fi.taitoura.inclusion.InclusionGroupReportService.GroupQuery;
import fi.taitoura.inclusion.InclusionGroupReportService.GroupReport;
import fi.taitoura.inclusion.InclusionGroupReportService.OptionCount;
import fi.taitoura.inclusion.InclusionGroupReportService.QuestionReport;
import fi.taitoura.inclusion.InclusionGroupReportService.Withheld;
import fi.taitoura.inclusion.InclusionSurveyService.AnswerInput;
import fi.taitoura.inclusion.InclusionSurveyService.ResponseInput;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey's other parts: entering, the rules of the answers, and the group report against hand-computed counts.
 * <pre>
 * unit A: 7 trainees with start and end answers in the window, one with a start only, one whose end is in the
 *   window before; unit B: 2 trainees with an end in the window.
 * relationships, start 2,2,2,3,3,4,1 (mean 17/7), end 4,4,3,4,5,5,4 (mean 29/7)
 * labour-market status, start all "unemployed" (2); end 2 in work (1), 2 students (3), 3 unemployed (2)
 * open answers at the end: "Työkaverit", "Aamut rytmittivät päivää"
 * </pre>
 */
class InclusionSurveyServiceTest extends AbstractIntegrationTest {

    private static final Locale FI = Locale.of("fi");

    @Autowired
    InclusionSurveyService surveys;
    @Autowired
    InclusionGroupReportService reports;
    @Autowired
    ReportingWindows windows;
    @Autowired
    TraineeService trainees;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    UserService users;
    @Autowired
    TransactionTemplate tx;

    private static Setup setup;

    record Setup(Organisation org, WorkUnit a, WorkUnit b, String coach, String lead, ReportingWindow window,
                 LocalDate end) {
    }

    @BeforeEach
    void data() {
        if (setup != null) {
            return;
        }
        int n = (int) (System.nanoTime() % 100_000);
        runAs("yllapitaja");
        Organisation org = new Organisation();
        org.setName("Kyselykunta " + n);
        Organisation savedOrg = workplaces.saveOrganisation(org);
        WorkUnit a = unit(savedOrg, "Kyselypaja A " + n);
        WorkUnit b = unit(savedOrg, "Kyselypaja B " + n);
        String coach = "survey-coach-" + n;
        String lead = "survey-lead-" + n;
        tx.executeWithoutResult(s -> {
            users.createDemoUser(coach, "Kysely Valmentaja", "x", Set.of(Role.COACH), savedOrg.getId(),
                    Set.of(a.getId(), b.getId()));
            users.createDemoUser(lead, "Kysely Vetäjä", "x", Set.of(Role.TEAM_LEAD), savedOrg.getId(), Set.of());
        });
        LocalDate end = Time.today().minusDays(2);
        ReportingWindow window = windows.containing(end);
        LocalDate start = window.from().minusMonths(2);
        runAs(coach);
        int[] relStart = {2, 2, 2, 3, 3, 4, 1};
        int[] relEnd = {4, 4, 3, 4, 5, 5, 4};
        int[] labourEnd = {1, 1, 3, 3, 2, 2, 2};
        for (int i = 0; i < 7; i++) {
            Long p = period(a, start, i);
            answer(p, SurveyPhase.START, start.plusDays(1), Map.of("relationships", relStart[i],
                    "labour_market_status", 2), Map.of());
            answer(p, SurveyPhase.END, end, Map.of("relationships", relEnd[i], "labour_market_status", labourEnd[i],
                    "benefit", 5), i == 0 ? Map.of("most_important", "Työkaverit")
                    : i == 1 ? Map.of("most_important", "Aamut rytmittivät päivää") : Map.of());
        }
        Long startOnly = period(a, start, 7);
        answer(startOnly, SurveyPhase.START, start.plusDays(1), Map.of("relationships", 1), Map.of());
        Long earlier = period(a, start.minusMonths(6), 8);
        answer(earlier, SurveyPhase.END, window.from().minusDays(3), Map.of("relationships", 1), Map.of());
        for (int i = 0; i < 2; i++) {
            Long p = period(b, start, 10 + i);
            answer(p, SurveyPhase.END, end, Map.of("relationships", 1), Map.of());
        }
        setup = new Setup(savedOrg, a, b, coach, lead, window, end);
    }

    private WorkUnit unit(Organisation org, String name) {
        WorkUnit w = new WorkUnit();
        w.setOrganisation(org);
        w.setName(name);
        return workplaces.saveWorkUnitBasics(w);
    }

    private Long period(WorkUnit unit, LocalDate start, int k) {
        Trainee t = new Trainee();
        t.setFirstName("Kysely" + k);
        t.setLastName("Vastaaja");
        t.setDateOfBirth(LocalDate.of(1995, 1, 1 + k));
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setStatus(PeriodStatus.REHABILITATIVE_WORK_ACTIVITY);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(start);
        p.setPlannedEndDate(Time.today().plusMonths(1));
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        return trainees.createTrainee(t, null, p).getId();
    }

    private void answer(Long period, SurveyPhase phase, LocalDate on, Map<String, Integer> values,
                        Map<String, String> texts) {
        Map<String, AnswerInput> answers = new HashMap<>();
        values.forEach((k, v) -> answers.put(k, new AnswerInput(v, null)));
        texts.forEach((k, v) -> answers.put(k, new AnswerInput(null, v)));
        surveys.save(period, new ResponseInput(phase, on, SurveyEntryMethod.FROM_PAPER, answers, null));
    }

    private static QuestionReport question(GroupReport r, String key) {
        return r.questions().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    private static long end(QuestionReport q, int value) {
        return q.options().stream().filter(o -> o.value() == value).mapToLong(OptionCount::end).sum();
    }

    private static long start(QuestionReport q, int value) {
        return q.options().stream().filter(o -> o.value() == value).mapToLong(OptionCount::start).sum();
    }

    @Test
    void aLargeEnoughUnitShowsTheHandComputedCountsMeansAndOpenAnswers() {
        runAs(setup.lead());
        GroupReport r = reports.report(new GroupQuery(null, setup.a().getId(), setup.window()), FI);
        assertThat(r.respondents()).isEqualTo(7);
        assertThat(r.shown()).isTrue();
        QuestionReport rel = question(r, "relationships");
        assertThat(rel.startAnswers()).isEqualTo(7);
        assertThat(start(rel, 2)).isEqualTo(3);
        assertThat(start(rel, 1)).isEqualTo(1);
        assertThat(end(rel, 4)).isEqualTo(4);
        assertThat(end(rel, 5)).isEqualTo(2);
        assertThat(rel.startMean()).isCloseTo(17 / 7.0, within(1e-9));
        assertThat(rel.endMean()).isCloseTo(29 / 7.0, within(1e-9));
        QuestionReport labour = question(r, "labour_market_status");
        assertThat(start(labour, 2)).isEqualTo(7);
        assertThat(end(labour, 1)).isEqualTo(2);
        assertThat(end(labour, 3)).isEqualTo(2);
        assertThat(end(labour, 2)).isEqualTo(3);
        assertThat(labour.startMean()).as("no mean of a choice").isNull();
        assertThat(question(r, "benefit").endMean()).isEqualTo(5.0);
        assertThat(question(r, "most_important").openAnswers())
                .containsExactly("Aamut rytmittivät päivää", "Työkaverit");
        assertThat(r.statementsWithheld()).isEqualTo(Withheld.TOO_FEW);
        assertThat(r.workingText()).isTrue();
    }

    @Test
    void aSmallUnitAndAnOrganisationThatWouldRevealItShowNothing() {
        runAs(setup.lead());
        GroupReport b = reports.report(new GroupQuery(null, setup.b().getId(), setup.window()), FI);
        assertThat(b.respondents()).isEqualTo(2);
        assertThat(b.withheld()).isEqualTo(Withheld.TOO_FEW);
        assertThat(b.questions()).isEmpty();
        GroupReport org = reports.report(new GroupQuery(setup.org().getId(), null, setup.window()), FI);
        assertThat(org.respondents()).isEqualTo(9);
        assertThat(org.withheld()).as("organisation minus unit A would be unit B's two").isEqualTo(Withheld.COMPLEMENT);
        assertThat(org.questions()).isEmpty();
        assertThat(InclusionGroupReportService.withheld(9, List.of(7L, 2L), 7)).isEqualTo(Withheld.COMPLEMENT);
        assertThat(InclusionGroupReportService.withheld(16, List.of(7L, 2L, 2L, 3L, 2L), 7)).isNull();
        assertThat(InclusionGroupReportService.withheld(14, List.of(7L, 7L, 0L), 7)).isNull();
    }

    @Test
    void onlyFixedWindowsAndOnlyOnesOwnGroups() {
        runAs(setup.lead());
        ReportingWindow before = windows.containing(setup.window().from().minusDays(1));
        assertThat(reports.report(new GroupQuery(null, setup.a().getId(), before), FI).respondents()).isEqualTo(1);
        assertThatThrownBy(() -> reports.report(new GroupQuery(null, setup.a().getId(),
                new ReportingWindow(setup.window().from().plusDays(1), setup.window().to())), FI))
                .isInstanceOf(BusinessRuleException.class);
        runAs("tiiminvetaja");
        assertThatThrownBy(() -> reports.report(new GroupQuery(null, setup.a().getId(), setup.window()), FI))
                .isInstanceOf(AccessDeniedException.class);
        runAs("asiakasvastaava");
        assertThatThrownBy(() -> reports.report(new GroupQuery(null, setup.a().getId(), setup.window()), FI))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anIndividualsAnswersAreForTheirEntererOnlyAndFollowTheSurvey() {
        runAs(setup.coach());
        Long p = period(setup.a(), Time.today().minusMonths(1), 20);
        Map<String, AnswerInput> wrongPhase = Map.of("benefit", new AnswerInput(4, null));
        assertThatThrownBy(() -> surveys.save(p, new ResponseInput(SurveyPhase.START, Time.today(),
                SurveyEntryMethod.WITH_TRAINEE, wrongPhase, null))).isInstanceOf(BusinessRuleException.class);
        Map<String, AnswerInput> badOption = Map.of("relationships", new AnswerInput(9, null));
        assertThatThrownBy(() -> surveys.save(p, new ResponseInput(SurveyPhase.START, Time.today(),
                SurveyEntryMethod.WITH_TRAINEE, badOption, null))).isInstanceOf(BusinessRuleException.class);
        var saved = surveys.save(p, new ResponseInput(SurveyPhase.START, Time.today(),
                SurveyEntryMethod.WITH_TRAINEE, Map.of("relationships", new AnswerInput(3, null),
                "self_rated_health", new AnswerInput(2, null)), null));
        var corrected = surveys.save(p, new ResponseInput(SurveyPhase.START, Time.today(),
                SurveyEntryMethod.WITH_TRAINEE, Map.of("relationships", new AnswerInput(4, null)), saved.version()));
        assertThat(corrected.answers()).containsOnlyKeys("relationships");
        assertThat(corrected.answers().get("relationships").value()).isEqualTo(4);
        assertThatThrownBy(() -> surveys.save(p, new ResponseInput(SurveyPhase.START, Time.today(),
                SurveyEntryMethod.WITH_TRAINEE, Map.of("relationships", new AnswerInput(1, null)), saved.version())))
                .isInstanceOf(fi.taitoura.base.ConcurrentEditException.class);
        assertThat(surveys.responses(p)).hasSize(1);
        runAs(setup.lead());
        assertThatThrownBy(() -> surveys.responses(p)).isInstanceOf(AccessDeniedException.class);
        runAs("asiakasvastaava");
        assertThatThrownBy(() -> surveys.responses(p)).isInstanceOf(AccessDeniedException.class);
    }
}

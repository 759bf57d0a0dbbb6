package fi.taitoura.capacity;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.capacity.PeriodCapacityChange.DomainChange;
import fi.taitoura.capacity.PeriodCapacityChange.InstrumentChange;
import fi.taitoura.trainee.TrainingPeriod;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class CapacityServiceTest extends CapacityTestSupport {

    @Autowired
    AuditService audit;

    private static final LocalDate TODAY = Time.today();

    @Test
    void domainScoresAreTheMeanOfAssessedItemsAndChangeRunsFromStartToEnd() {
        runAs("valmentaja");
        TrainingPeriod p = newPeriod(unit("Kiinteistö- ja ympäristöhuolto"), 10);
        Instrument ex = example();
        Map<String, Integer> startOverrides = new HashMap<>();
        startOverrides.put("arrives_on_time", 1);
        startOverrides.put("reports_absence", 2);
        startOverrides.put("lasts_working_day", 2);
        startOverrides.put("physical_demands", null); // not assessed: left out of the mean
        coach(p.getId(), ex, AssessmentPhase.START, TODAY.minusWeeks(9), answers(ex, 3, startOverrides));
        coach(p.getId(), ex, AssessmentPhase.MIDDLE, TODAY.minusWeeks(5), answers(ex, 3, Map.of()));
        coach(p.getId(), ex, AssessmentPhase.END, TODAY.minusDays(1), answers(ex, 4,
                Map.of("arrives_on_time", 5, "reports_absence", 4)));
        self(p.getId(), ex, AssessmentPhase.START, TODAY.minusWeeks(9), answers(ex, 4, Map.of()));
        // An ad hoc self-assessment after the start does not count as the end.
        self(p.getId(), ex, AssessmentPhase.AD_HOC, TODAY.minusWeeks(2), answers(ex, 5, Map.of()));

        PeriodCapacityChange change = capacity.periodCapacityChange(p.getId());
        InstrumentChange instrument = change.instruments().stream()
                .filter(i -> i.code().equals(InstrumentService.TAITOURA_EXAMPLE)).findFirst().orElseThrow();
        assertThat(instrument.minValue()).isEqualTo(1);
        assertThat(instrument.maxValue()).isEqualTo(5);
        DomainChange attendance = domain(instrument, "attendance");
        assertThat(attendance.coach().start().score()).isCloseTo(1.5, within(1e-9));
        assertThat(attendance.coach().end().score()).isCloseTo(4.5, within(1e-9));
        assertThat(attendance.coach().change()).isCloseTo(3.0, within(1e-9));
        assertThat(attendance.coach().series()).hasSize(3);
        DomainChange endurance = domain(instrument, "endurance");
        assertThat(endurance.coach().start().score()).as("the not-assessed item is left out")
                .isCloseTo(2.0, within(1e-9));
        assertThat(endurance.coach().change()).isCloseTo(2.0, within(1e-9));
        // Self: start 4, no END phase, so the latest (ad hoc, 5) is the end.
        assertThat(attendance.self().start().score()).isCloseTo(4.0, within(1e-9));
        assertThat(attendance.self().end().score()).isCloseTo(5.0, within(1e-9));
        assertThat(attendance.self().change()).isCloseTo(1.0, within(1e-9));

        // The chart has one panel per domain, each with the coach and the self-assessment series.
        String svg = capacity.renderChartSvg(instrument, Locale.of("fi"));
        assertThat(svg).contains("Läsnäolo ja täsmällisyys", "Arjen hallinta", "Valmentajan arvio", "Itsearvio");
        byte[] png = capacity.renderCapacityChartPng(p.getId(), InstrumentService.TAITOURA_EXAMPLE, Locale.of("fi"), 2);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    private static DomainChange domain(InstrumentChange instrument, String key) {
        return instrument.domains().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void coachAndSelfRatingsSideBySideFlagDifferencesOfTwoOrMore() {
        runAs("valmentaja");
        TrainingPeriod p = newPeriod(unit("Kiinteistö- ja ympäristöhuolto"), 3);
        Instrument ex = example();
        CapacityAssessment c = coach(p.getId(), ex, AssessmentPhase.START, TODAY,
                answers(ex, 3, Map.of("arrives_on_time", 1, "reports_absence", 4)));
        CapacityAssessment s = self(p.getId(), ex, AssessmentPhase.START, TODAY,
                answers(ex, 3, Map.of("arrives_on_time", 4, "reports_absence", 3)));
        List<CapacityScoring.ComparisonRow> rows = CapacityScoring.compare(ex, c, s);
        assertThat(rows).hasSize(ex.getDomains().size() + (int) ex.items().count());
        CapacityScoring.ComparisonRow arrives = rows.stream().filter(r -> "arrives_on_time".equals(r.itemKey()))
                .findFirst().orElseThrow();
        assertThat(arrives.difference()).isEqualTo(3.0);
        assertThat(arrives.disagreement()).isTrue();
        CapacityScoring.ComparisonRow reports = rows.stream().filter(r -> "reports_absence".equals(r.itemKey()))
                .findFirst().orElseThrow();
        assertThat(reports.disagreement()).as("a difference of 1 is not highlighted").isFalse();
        CapacityScoring.ComparisonRow attendance = rows.stream().filter(r -> r.domain()
                && r.domainKey().equals("attendance")).findFirst().orElseThrow();
        assertThat(attendance.coach()).isEqualTo(2.5);
        assertThat(attendance.self()).isEqualTo(3.5);
        assertThat(attendance.disagreement()).isFalse();
        assertThat(CapacityScoring.compare(ex, c, null)).allMatch(r -> r.self() == null && !r.disagreement());
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        runAs("valmentaja");
        TrainingPeriod p = newPeriod(unit("Kiinteistö- ja ympäristöhuolto"), 3);
        Instrument was = workAbility();
        Instrument oi = inclusion();
        Map<Long, Integer> none = new HashMap<>();
        // Missing answers only where "not assessed" is allowed.
        assertThatThrownBy(() -> coach(p.getId(), was, AssessmentPhase.START, TODAY, none))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.missingAnswers");
        Map<Long, Integer> partialInclusion = answers(oi, 3, Map.of());
        partialInclusion.put(oi.items().toList().get(3).getId(), null);
        assertThatThrownBy(() -> capacity.record(p.getId(), new AssessmentInput(oi.getId(), AssessmentPhase.START,
                TODAY, Rater.SELF, EntryMethod.FROM_PAPER, partialInclusion, null)))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.missingAnswers");
        Instrument ex = example();
        assertThatThrownBy(() -> coach(p.getId(), ex, AssessmentPhase.START, TODAY, answers(ex, null, Map.of())))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.noAnswers");
        Map<String, Integer> oneNotAssessed = new HashMap<>();
        oneNotAssessed.put("works_safely", null);
        assertThat(coach(p.getId(), ex, AssessmentPhase.START, TODAY, answers(ex, 3, oneNotAssessed)).getAnswers())
                .anySatisfy(a -> assertThat(a.getValue()).isNull());
        // Values off the scale, dates in the future or before the period, a second start rating.
        assertThatThrownBy(() -> coach(p.getId(), was, AssessmentPhase.START, TODAY, answers(was, 11, Map.of())))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.invalidValue");
        assertThatThrownBy(() -> coach(p.getId(), was, AssessmentPhase.START, TODAY.plusDays(1),
                answers(was, 5, Map.of()))).extracting(CapacityTestSupport::messageKey)
                .isEqualTo("capacity.error.dateInFuture");
        assertThatThrownBy(() -> coach(p.getId(), was, AssessmentPhase.START, TODAY.minusWeeks(4),
                answers(was, 5, Map.of()))).extracting(CapacityTestSupport::messageKey)
                .isEqualTo("capacity.error.dateBeforePeriod");
        assertThatThrownBy(() -> coach(p.getId(), ex, AssessmentPhase.START, TODAY, answers(ex, 4, Map.of())))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.duplicatePhase");
        // The rater is explicit: the Osallisuusindikaattori is the trainee's own, never the coach's rating...
        assertThatThrownBy(() -> coach(p.getId(), oi, AssessmentPhase.START, TODAY, answers(oi, 3, Map.of())))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.selfOnly");
        // ...a self-assessment says how the trainee's answers were entered, a coach's rating is the coach's own.
        assertThatThrownBy(() -> capacity.record(p.getId(), new AssessmentInput(was.getId(), AssessmentPhase.START,
                TODAY, Rater.SELF, EntryMethod.OWN_RATING, answers(was, 5, Map.of()), null)))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.entryMethod");
        assertThatThrownBy(() -> capacity.record(p.getId(), new AssessmentInput(was.getId(), AssessmentPhase.START,
                TODAY, Rater.COACH, EntryMethod.WITH_TRAINEE, answers(was, 5, Map.of()), null)))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.entryMethod");
        assertThatThrownBy(() -> capacity.record(p.getId(), new AssessmentInput(was.getId(), AssessmentPhase.START,
                TODAY, null, EntryMethod.OWN_RATING, answers(was, 5, Map.of()), null)))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("capacity.error.rater");
        // The inclusion survey is answered at the start and at the end only.
        assertThatThrownBy(() -> capacity.record(p.getId(), new AssessmentInput(oi.getId(), AssessmentPhase.MIDDLE,
                TODAY, Rater.SELF, EntryMethod.FROM_PAPER, answers(oi, 3, Map.of()), null)))
                .extracting(CapacityTestSupport::messageKey).isEqualTo("inclusion.error.phase");
    }

    @Test
    void changingOnlyAnswersMovesTheVersionSoAStaleCorrectionIsRefused() {
        runAs("valmentaja");
        TrainingPeriod p = newPeriod(unit("Kierrätyskeskus Kiertokaari"), 3);
        Instrument was = workAbility();
        CapacityAssessment s = capacity.record(p.getId(), new AssessmentInput(was.getId(), AssessmentPhase.START,
                TODAY, Rater.SELF, EntryMethod.WITH_TRAINEE, answers(was, 6, Map.of()), "Sama kommentti"));
        CapacityAssessment changed = capacity.update(s.getId(), s.getVersion(), new AssessmentInput(was.getId(),
                AssessmentPhase.START, TODAY, Rater.SELF, EntryMethod.WITH_TRAINEE, answers(was, 7, Map.of()),
                "Sama kommentti"));
        assertThat(changed.getVersion()).as("only an answer changed").isGreaterThan(s.getVersion());
        assertThatThrownBy(() -> capacity.update(s.getId(), s.getVersion(), new AssessmentInput(was.getId(),
                AssessmentPhase.START, TODAY, Rater.SELF, EntryMethod.WITH_TRAINEE, answers(was, 2, Map.of()),
                "Sama kommentti"))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void recordingIsAuditedWithTheEnteringUserAndTheRaterAndCanBeCorrected() {
        runAs("valmentaja");
        TrainingPeriod p = newPeriod(unit("Kierrätyskeskus Kiertokaari"), 3);
        Instrument was = workAbility();
        CapacityAssessment s = capacity.record(p.getId(), new AssessmentInput(was.getId(), AssessmentPhase.START,
                TODAY, Rater.SELF, EntryMethod.WITH_TRAINEE, answers(was, 6, Map.of()), "Yhdessä arvioitu"));
        assertThat(s.getEnteredById()).isEqualTo(users.findByUsername("valmentaja").orElseThrow().getId());
        assertThat(s.getRater()).isEqualTo(Rater.SELF);
        assertThat(s.getEntryMethod()).isEqualTo(EntryMethod.WITH_TRAINEE);

        CapacityAssessment corrected = capacity.update(s.getId(), s.getVersion(), new AssessmentInput(was.getId(),
                AssessmentPhase.START, TODAY, Rater.SELF, EntryMethod.WITH_TRAINEE, answers(was, 7, Map.of()),
                "Korjattu"));
        assertThat(corrected.getAnswers()).singleElement().extracting(CapacityAnswer::getValue).isEqualTo(7);
        assertThatThrownBy(() -> capacity.update(s.getId(), s.getVersion(), new AssessmentInput(was.getId(),
                AssessmentPhase.START, TODAY, Rater.SELF, EntryMethod.WITH_TRAINEE, answers(was, 8, Map.of()), null)))
                .isInstanceOf(ConcurrentEditException.class);

        capacity.findAssessments(p.getId());
        runAs("admin");
        Long traineeId = p.getTrainee().getId();
        var changes = audit.search(new AuditFilter(null, CapacityService.ENTITY, s.getId(), null, null, null, null),
                PageRequest.of(0, 10));
        assertThat(changes).extracting(e -> e.getAction()).contains(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(changes).allSatisfy(e -> {
            assertThat(e.getTraineeId()).isEqualTo(traineeId);
            assertThat(e.getActor()).isEqualTo("valmentaja");
            assertThat(e.getDetails()).as("field names, never the answers' values").startsWith("fields=")
                    .doesNotContain("SELF", "WITH_TRAINEE");
        });
        assertThat(audit.search(new AuditFilter(null, CapacityService.ENTITY, p.getId(), traineeId, AuditAction.READ,
                null, null), PageRequest.of(0, 10))).isNotEmpty();

        runAs("valmentaja");
        capacity.delete(s.getId());
        assertThat(capacity.findAssessments(p.getId())).isEmpty();
    }

    @Test
    void aCaseWorkerSeesNeitherTheChangeNorAssessmentsNorInclusionAnswers() {
        // A demo trainee referred by asiakasvastaava, with capacity assessments and inclusion answers (start, end).
        TrainingPeriod p = demoPeriod("Miettinen");
        Instrument was = workAbility();
        runAs("valmentaja");
        assertThat(capacity.findInclusionResponses(p.getId())).hasSize(2)
                .allMatch(a -> a.getInstrument().getKind() == InstrumentKind.INCLUSION);
        // The capacity read API (what summaries use) never includes the inclusion instrument.
        assertThat(capacity.periodCapacityChange(p.getId()).instruments()).extracting(InstrumentChange::code)
                .containsExactlyInAnyOrder(InstrumentService.TAITOURA_EXAMPLE, InstrumentService.WORK_ABILITY_SCORE);
        assertThat(capacity.findAssessments(p.getId())).isNotEmpty().extracting(a -> a.getInstrument().getKind())
                .containsOnly(InstrumentKind.CAPACITY);
        assertThatThrownBy(() -> capacity.renderCapacityChartPng(p.getId(), InstrumentService.OSALLISUUSINDIKAATTORI,
                Locale.of("fi"), 1)).isInstanceOf(BusinessRuleException.class);

        // The referring case worker gets the change only in the finalised summary delivered to them (issue 12).
        runAs("asiakasvastaava");
        assertThatThrownBy(() -> capacity.access(p.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> capacity.periodCapacityChange(p.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> capacity.renderCapacityChartPng(p.getId(), InstrumentService.TAITOURA_EXAMPLE,
                Locale.of("fi"), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> capacity.findAssessments(p.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> capacity.findInclusionResponses(p.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> capacity.record(p.getId(), new AssessmentInput(was.getId(), AssessmentPhase.AD_HOC,
                TODAY, Rater.COACH, EntryMethod.OWN_RATING, answers(was, 5, Map.of()), null)))
                .isInstanceOf(AccessDeniedException.class);

        // The team lead sees the assessments but not the individual's inclusion answers.
        runAs("tiiminvetaja");
        assertThat(capacity.access(p.getId()).details()).isTrue();
        assertThat(capacity.findAssessments(p.getId())).isNotEmpty();
        assertThatThrownBy(() -> capacity.findInclusionResponses(p.getId())).isInstanceOf(AccessDeniedException.class);

        // A coach of another unit sees nothing.
        runAs("valmentaja2");
        assertThatThrownBy(() -> capacity.periodCapacityChange(p.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> capacity.findInclusionResponses(p.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCareerAgentRecordsAndSeesAssessments() {
        runAs("valmentaja");
        TrainingPeriod p = newPeriod(unit("Kiinteistö- ja ympäristöhuolto"), 3);
        runAs("uraagentti");
        Instrument was = workAbility();
        CapacityAssessment a = coach(p.getId(), was, AssessmentPhase.START, TODAY, answers(was, 5, Map.of()));
        assertThat(a.getEnteredById()).isEqualTo(users.findByUsername("uraagentti").orElseThrow().getId());
        assertThat(capacity.access(p.getId()).record()).isTrue();
        assertThat(capacity.findAssessments(p.getId())).hasSize(1);
    }
}

package fi.taitoura.demonstration;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.catalogue.CatalogueService;
import fi.taitoura.catalogue.CriterionLevel;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentInput;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentView;
import fi.taitoura.demonstration.DemonstrationRecords.Detail;
import fi.taitoura.demonstration.DemonstrationRecords.Evidence;
import fi.taitoura.demonstration.DemonstrationRecords.LedgerFacts;
import fi.taitoura.demonstration.DemonstrationRecords.Summary;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class DemonstrationServiceTest extends AbstractIntegrationTest {

    @Autowired
    DemonstrationService service;
    @Autowired
    DemonstrationFixtures fixtures;
    @Autowired
    TraineeService trainees;
    @Autowired
    DocumentationService documentation;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;

    private Long fiveUnit() {
        return fixtures.unitWithScale(LevelScale.ONE_TO_FIVE).orElseThrow();
    }

    /** As valmentaja: a fresh period targeting the unit and a demonstration of it that started today. */
    private Demonstration proposedToday(String name, Long unitId) {
        runAs("valmentaja");
        TrainingPeriod p = fixtures.freshPeriod(name, "Näyttäjä", unitId);
        return service.propose(p.getId(), unitId, fixtures.plan(p.getId(), Time.today(), "opettaja"));
    }

    @Test
    void coachProposesTeacherAssessesAndTheCoachSeesTheResultInTheLedger() {
        Long unitId = fiveUnit();
        Demonstration d = proposedToday("Työnkulku", unitId);
        assertThat(d.getStatus()).isEqualTo(DemonstrationStatus.PLANNED);
        assertThat(service.forPeriod(d.getPeriodId())).extracting(Summary::id).containsExactly(d.getId());
        assertThat(service.passedUnitIds(d.getPeriodId())).isEmpty();
        // the ledger's one call says the same as the three it replaces
        LedgerFacts planned = service.forLedger(d.getPeriodId());
        assertThat(planned.passedUnitIds()).isEmpty();
        assertThat(planned.plannedByUnit()).containsOnlyKeys(unitId);
        assertThat(planned.plannedByUnit().get(unitId).id()).isEqualTo(d.getId());
        assertThat(planned.plannedByUnit().get(unitId).teacherName()).isEqualTo(service.forPeriod(d.getPeriodId())
                .getFirst().teacherName()).isNotBlank();
        assertThat(planned.canPropose()).isTrue().isEqualTo(service.canPropose(d.getPeriodId()));

        runAs("opettaja");
        Summary row = service.worklist().stream().filter(s -> s.id().equals(d.getId())).findFirst().orElseThrow();
        assertThat(row.awaitingAssessment(Time.today())).isTrue();
        Detail detail = service.detail(d.getId());
        assertThat(detail.canAssess()).isTrue();
        assertThat(detail.canEditPlan()).isFalse();
        assertThat(detail.targets()).isNotEmpty();

        // a draft may be incomplete; signing may not
        AssessmentView draft = service.saveAssessment(d.getId(), new AssessmentInput(-1, Time.today(),
                Map.of(detail.targets().getFirst().id(), 3), Map.of(), null, Set.of(), Set.of(), "Alustava", null),
                false);
        assertThat(draft.signed()).isFalse();
        assertThat(service.detail(d.getId()).summary().status()).isEqualTo(DemonstrationStatus.PLANNED);
        long version = draft.version();
        assertThatThrownBy(() -> service.saveAssessment(d.getId(), new AssessmentInput(version, Time.today(),
                Map.of(detail.targets().getFirst().id(), 3), Map.of(), 3, Set.of(DecidedBy.TEACHER),
                Set.of(DiscussionParticipant.TEACHER), null, null), true))
                .isInstanceOf(BusinessRuleException.class);

        AssessmentView signed = service.saveAssessment(d.getId(), fixtures.complete(d.getId(), version, 4, 4, null),
                true);
        assertThat(signed.signed()).isTrue();
        assertThat(signed.overallGrade()).isEqualTo(4);
        assertThat(signed.decidedBy()).containsExactlyInAnyOrder(DecidedBy.TEACHER, DecidedBy.WORKPLACE_REPRESENTATIVE);

        runAs("valmentaja");
        Detail seen = service.detail(d.getId());
        assertThat(seen.summary().status()).isEqualTo(DemonstrationStatus.ASSESSED);
        assertThat(seen.summary().passed()).isTrue();
        assertThat(seen.current().overallGrade()).isEqualTo(4);
        assertThat(seen.canAssess()).isFalse();
        assertThat(seen.canEditPlan()).isFalse();
        assertThat(service.passedUnitIds(d.getPeriodId())).containsExactly(unitId);
        assertThat(service.forLedger(d.getPeriodId()).passedUnitIds()).containsExactly(unitId);
        assertThat(service.forLedger(d.getPeriodId()).plannedByUnit()).isEmpty();
        runAs("uraagentti");
        assertThat(service.passedUnitIds(d.getPeriodId())).containsExactly(unitId);
        // the assigned teacher may not read the period: not its ledger either
        runAs("opettaja");
        assertThatThrownBy(() -> service.forLedger(d.getPeriodId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyThePeriodsCoachesAndCareerAgentPlanAndOnlyTheAssignedTeacherAssesses() {
        Long unitId = fiveUnit();
        runAs("valmentaja");
        TrainingPeriod p = fixtures.freshPeriod("Oikeus", "Tarkastettava", unitId);
        var plan = fixtures.plan(p.getId(), Time.today().plusDays(10), "opettaja");

        runAs("opettaja");
        assertThatThrownBy(() -> service.propose(p.getId(), unitId, plan)).isInstanceOf(AccessDeniedException.class);
        runAs("valmentaja2");
        assertThatThrownBy(() -> service.propose(p.getId(), unitId, plan)).isInstanceOf(AccessDeniedException.class);
        runAs("uraagentti");
        assertThat(service.canPropose(p.getId())).isTrue();
        Demonstration d = service.propose(p.getId(), unitId, plan);
        // one planned demonstration of a unit at a time
        assertThatThrownBy(() -> service.propose(p.getId(), unitId, plan))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("alreadyPlanned");

        runAs("valmentaja");
        assertThatThrownBy(() -> service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 3, 3, null), true))
                .isInstanceOf(AccessDeniedException.class);
        runAs("opettaja");
        // the demonstration has not started yet
        assertThatThrownBy(() -> service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 3, 3, null), true))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("notStarted");
        assertThatThrownBy(() -> service.cancel(d.getId(), d.getVersion(), "Ei")).isInstanceOf(AccessDeniedException.class);

        runAs("valmentaja");
        assertThatThrownBy(() -> service.cancel(d.getId(), d.getVersion(), " "))
                .isInstanceOf(BusinessRuleException.class);
        Demonstration cancelled = service.cancel(d.getId(), d.getVersion(), "Valmentautuja sairastui");
        assertThat(cancelled.getStatus()).isEqualTo(DemonstrationStatus.CANCELLED);
        assertThatThrownBy(() -> service.updatePlan(d.getId(), cancelled.getVersion(), plan))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("notPlanned");
        // a cancelled demonstration does not block a new one
        Demonstration again = service.propose(p.getId(), unitId, plan);
        assertThat(again.getStatus()).isEqualTo(DemonstrationStatus.PLANNED);
    }

    @Test
    void thePlanIsValidatedAndAStaleEditIsRejected() {
        Long unitId = fiveUnit();
        runAs("valmentaja");
        TrainingPeriod p = fixtures.freshPeriod("Suunnitelma", "Tarkka", unitId);
        var good = fixtures.plan(p.getId(), Time.today().plusDays(3), "opettaja");
        var endBeforeStart = new DemonstrationRecords.Plan(good.startDate(), good.startDate().minusDays(1),
                good.place(), good.placeKind(), good.workDescription(), good.taskIds(), good.teacherId(),
                good.workplaceAssessorId(), null, null, good.educationProvider());
        assertThatThrownBy(() -> service.propose(p.getId(), unitId, endBeforeStart))
                .hasMessageContaining("endBeforeStart");
        var notATeacher = new DemonstrationRecords.Plan(good.startDate(), good.endDate(), good.place(),
                good.placeKind(), good.workDescription(), good.taskIds(), fixtures.userId("valmentaja2"),
                good.workplaceAssessorId(), null, null, good.educationProvider());
        assertThatThrownBy(() -> service.propose(p.getId(), unitId, notATeacher)).hasMessageContaining("error.teacher");
        var namedWithoutOrganisation = new DemonstrationRecords.Plan(good.startDate(), good.endDate(), good.place(),
                good.placeKind(), good.workDescription(), good.taskIds(), good.teacherId(), null, "Åke Öhman", " ",
                good.educationProvider());
        assertThatThrownBy(() -> service.propose(p.getId(), unitId, namedWithoutOrganisation))
                .hasMessageContaining("workplaceOrganisation");
        var foreignTask = new DemonstrationRecords.Plan(good.startDate(), good.endDate(), good.place(),
                good.placeKind(), good.workDescription(), Set.of(-5L), good.teacherId(), good.workplaceAssessorId(),
                null, null, good.educationProvider());
        assertThatThrownBy(() -> service.propose(p.getId(), unitId, foreignTask)).hasMessageContaining("error.task");

        var named = new DemonstrationRecords.Plan(good.startDate(), good.endDate(), good.place(), good.placeKind(),
                good.workDescription(), good.taskIds(), good.teacherId(), null, "Åke Öhman", "Porin kaupunki",
                good.educationProvider());
        Demonstration d = service.propose(p.getId(), unitId, named);
        assertThat(service.detail(d.getId()).summary().workplaceAssessor()).isEqualTo("Åke Öhman, Porin kaupunki");
        Demonstration moved = service.updatePlan(d.getId(), d.getVersion(), good);
        assertThat(moved.getWorkplaceAssessorId()).isEqualTo(fixtures.userId("valmentaja"));
        assertThatThrownBy(() -> service.updatePlan(d.getId(), d.getVersion(), named))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void gradesFollowTheScaleOfEachUnit() {
        assertThat(DemonstrationGrades.allowed(LevelScale.ONE_TO_FIVE)).containsExactly(5, 4, 3, 2, 1, 0);
        assertThat(DemonstrationGrades.allowed(LevelScale.ONE_TO_THREE)).containsExactly(3, 2, 1, 0);
        assertThat(DemonstrationGrades.allowed(LevelScale.PASS_FAIL)).containsExactly(1, 0);
        assertThat(DemonstrationGrades.levelCode(LevelScale.ONE_TO_FIVE, 3)).isEqualTo("H3");
        assertThat(DemonstrationGrades.levelCode(LevelScale.ONE_TO_THREE, 2)).isEqualTo("H2");
        assertThat(DemonstrationGrades.levelCode(LevelScale.ONE_TO_THREE, 3)).isEqualTo("K3");
        assertThat(DemonstrationGrades.levelOf(LevelScale.ONE_TO_FIVE, 4)).isEqualTo(CriterionLevel.GOOD);
        assertThat(DemonstrationGrades.levelOf(LevelScale.ONE_TO_FIVE, 0)).isNull();
        assertThat(DemonstrationGrades.code(LevelScale.ONE_TO_FIVE, 0).value()).isEqualTo("Hylätty");
        assertThat(DemonstrationGrades.code(LevelScale.ONE_TO_THREE, 0))
                .isEqualTo(new DemonstrationGrades.Code("arviointiasteikkoammatillinent1k3", "0"));
        assertThat(DemonstrationGrades.code(LevelScale.PASS_FAIL, 1).value()).isEqualTo("Hyväksytty");

        // 1-5: a 5 is fine, a 6 is not
        Demonstration five = proposedToday("Viisi", fiveUnit());
        runAs("opettaja");
        assertThatThrownBy(() -> service.saveAssessment(five.getId(), fixtures.complete(five.getId(), -1, 6, 5, null),
                true)).hasMessageContaining("error.grade");
        assertThat(service.saveAssessment(five.getId(), fixtures.complete(five.getId(), -1, 5, 5, null), true)
                .overallGrade()).isEqualTo(5);

        // pass/fail: only 1 (pass) and 0 (fail)
        Long passFail = fixtures.passFailUnit();
        Demonstration pf = proposedToday("Hyväksytty", passFail);
        runAs("opettaja");
        assertThat(service.detail(pf.getId()).summary().scale()).isEqualTo(LevelScale.PASS_FAIL);
        assertThatThrownBy(() -> service.saveAssessment(pf.getId(), fixtures.complete(pf.getId(), -1, 3, 1, null),
                true)).hasMessageContaining("error.grade");
        service.saveAssessment(pf.getId(), fixtures.complete(pf.getId(), -1, 1, 1, null), true);
        runAs("valmentaja");
        assertThat(service.passedUnitIds(pf.getPeriodId())).containsExactly(passFail);

        // the old scale T1/H2/K3: 4 is not a grade
        Long old = fixtures.unitWithScale(LevelScale.ONE_TO_THREE).orElse(null);
        assertThat(old).as("the shipped catalogue has a unit on the old T1/H2/K3 scale").isNotNull();
        Demonstration three = proposedToday("Vanha", old);
        runAs("opettaja");
        assertThatThrownBy(() -> service.saveAssessment(three.getId(), fixtures.complete(three.getId(), -1, 4, 3, null),
                true)).hasMessageContaining("error.grade");
        assertThat(service.saveAssessment(three.getId(), fixtures.complete(three.getId(), -1, 2, 3, null), true)
                .overallGrade()).isEqualTo(3);
    }

    @Test
    void notPassedNeedsAReasonAndIsNotShownAsDemonstrated() {
        Demonstration d = proposedToday("Hylätty", fiveUnit());
        runAs("opettaja");
        assertThatThrownBy(() -> service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 0, 0, " "), true))
                .hasMessageContaining("rejectionReason");
        AssessmentView a = service.saveAssessment(d.getId(),
                fixtures.complete(d.getId(), -1, 0, 0, "Työturvallisuus ei täyttänyt T1-tasoa"), true);
        assertThat(a.rejectionReason()).isEqualTo("Työturvallisuus ei täyttänyt T1-tasoa");
        runAs("valmentaja");
        assertThat(service.detail(d.getId()).summary().passed()).isFalse();
        assertThat(service.passedUnitIds(d.getPeriodId())).isEmpty();
    }

    @Test
    void signingLocksAndACorrectionIsANewAuditedRecordReferringToTheOldOne() {
        Long unitId = fiveUnit();
        Demonstration d = proposedToday("Korjaus", unitId);
        runAs("opettaja");
        AssessmentView first = service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 0, 0,
                "Ohjeita ei noudatettu"), true);
        assertThatThrownBy(() -> service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 3, 3, null), true))
                .hasMessageContaining("locked");
        assertThatThrownBy(() -> service.saveAssessment(d.getId(), fixtures.complete(d.getId(), first.version(), 3, 3,
                null), false)).hasMessageContaining("locked");
        assertThatThrownBy(() -> service.startCorrection(d.getId(), "")).hasMessageContaining("correctionReason");

        AssessmentView correction = service.startCorrection(d.getId(), "Arvosana kirjattiin väärälle näytölle");
        assertThat(correction.signed()).isFalse();
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(correction.correctsId()).isEqualTo(first.id());
        assertThat(correction.overallGrade()).as("prefilled from the signed one").isEqualTo(0);
        assertThatThrownBy(() -> service.startCorrection(d.getId(), "Toinen")).hasMessageContaining("draftOpen");
        // until the correction is signed, the old assessment stands
        assertThat(service.detail(d.getId()).current().id()).isEqualTo(first.id());

        AssessmentView signed = service.saveAssessment(d.getId(),
                fixtures.complete(d.getId(), correction.version(), 3, 3, null), true);
        Detail after = service.detail(d.getId());
        assertThat(after.current().id()).isEqualTo(signed.id());
        assertThat(after.current().rejectionReason()).isNull();
        assertThat(after.history()).hasSize(2);
        assertThat(after.history().getFirst().superseded()).isTrue();
        assertThat(after.history().getFirst().overallGrade()).as("the old record is kept as it was").isEqualTo(0);
        runAs("valmentaja");
        assertThat(service.passedUnitIds(d.getPeriodId())).containsExactly(unitId);

        runAs("admin");
        var changes = audit.search(new AuditFilter(null, "DemonstrationAssessment", null, d.getTraineeId(), null, null,
                null), PageRequest.of(0, 50));
        assertThat(changes).extracting(e -> e.getDetails())
                .anyMatch(s -> s.contains("what=correction") && s.contains("corrects=" + first.id()))
                .anyMatch(s -> s.contains("what=signed") && s.contains("corrects=" + first.id()))
                .as("the reason is personal text: never in the log").noneMatch(s -> s.contains(" "));
    }

    @Test
    void changingOnlyTargetGradesMovesTheVersionSoAStaleSaveIsRefused() {
        Demonstration d = proposedToday("Arvosanat", fiveUnit());
        runAs("opettaja");
        AssessmentView draft = service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 3, 3, null), false);
        // the same overall grade and texts: only the target grades (child rows) change
        AssessmentView second = service.saveAssessment(d.getId(), fixtures.complete(d.getId(), draft.version(), 4, 3,
                null), false);
        assertThat(second.version()).isGreaterThan(draft.version());
        assertThatThrownBy(() -> service.saveAssessment(d.getId(), fixtures.complete(d.getId(), draft.version(), 2, 3,
                null), false)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aStaleDraftSaveIsRejectedAndNothingIsOverwritten() {
        Demonstration d = proposedToday("Rinnakkain", fiveUnit());
        runAs("opettaja");
        AssessmentView draft = service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 3, 3, null), false);
        service.saveAssessment(d.getId(), fixtures.complete(d.getId(), draft.version(), 4, 4, null), false);
        assertThatThrownBy(() -> service.saveAssessment(d.getId(), fixtures.complete(d.getId(), draft.version(), 2, 2,
                null), false)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 2, 2, null), false))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.detail(d.getId()).draft().overallGrade()).isEqualTo(4);
    }

    @Test
    void aTeacherSeesOnlyTheAssignedDemonstrationAndTheEvidenceOfItsUnit() {
        // a demo demonstration on a trainee with weeks of records
        runAs("valmentaja");
        Summary demo = service.worklist().stream().filter(s -> s.status() == DemonstrationStatus.ASSESSED)
                .filter(s -> service.evidence(s.id()).requirements().stream().anyMatch(r -> !r.observations().isEmpty()))
                .findFirst().orElseThrow();
        Long periodId = demo.periodId();
        Long traineeId = demo.traineeId();

        runAs("opettaja");
        Evidence evidence = service.evidence(demo.id());
        Set<Long> unitRequirements = catalogue.findUnit(demo.unitId()).orElseThrow().areas().stream()
                .flatMap(a -> a.requirements().stream()).map(r -> r.id()).collect(Collectors.toSet());
        assertThat(evidence.requirements()).isNotEmpty()
                .allMatch(r -> unitRequirements.contains(r.requirementId()));
        assertThat(evidence.requirements()).anyMatch(r -> !r.observations().isEmpty());
        // nothing else of the trainee
        assertThatThrownBy(() -> trainees.requirePeriodForRead(periodId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trainees.requireTraineeForRead(traineeId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documentation.ledger(periodId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.forPeriod(periodId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.passedUnitIds(periodId)).isInstanceOf(AccessDeniedException.class);

        runAs("admin");
        var reads = audit.search(new AuditFilter(null, "DemonstrationEvidence", null, traineeId, null, null, null),
                PageRequest.of(0, 20));
        assertThat(reads).anyMatch(e -> e.getActor().equals("opettaja"));

        // a teacher who is not assigned gets nothing
        String other = "opettaja-" + System.nanoTime();
        users.createDemoUser(other, "Outi Ulkopuolinen", "demo", Set.of(Role.TEACHER), null, Set.of());
        runAs(other);
        assertThat(service.worklist()).isEmpty();
        assertThatThrownBy(() -> service.detail(demo.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.evidence(demo.id())).isInstanceOf(AccessDeniedException.class);
        // nor does a coach of another work unit
        runAs("valmentaja2");
        assertThat(service.worklist()).noneMatch(s -> s.id().equals(demo.id()));
        assertThatThrownBy(() -> service.detail(demo.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoDataHasPlannedAndAssessedDemonstrations() {
        runAs("opettaja");
        List<Summary> list = service.worklist();
        assertThat(list).anyMatch(s -> s.status() == DemonstrationStatus.PLANNED && s.startDate().isAfter(Time.today()));
        assertThat(list).anyMatch(s -> s.status() == DemonstrationStatus.ASSESSED && Boolean.TRUE.equals(s.passed()));
        assertThat(list).anyMatch(s -> s.status() == DemonstrationStatus.ASSESSED && Boolean.FALSE.equals(s.passed()));
    }
}

package fi.taitoura.documentation;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.documentation.DayRecords.DayEntry;
import fi.taitoura.documentation.DayRecords.DayPlan;
import fi.taitoura.documentation.DayRecords.ObservationEntry;
import fi.taitoura.documentation.DayRecords.SaveResult;
import fi.taitoura.documentation.DayRecords.TraineeDay;
import fi.taitoura.documentation.LedgerRecords.Ledger;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.TaskSummary;
import fi.taitoura.workplace.WorkUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class DocumentationServiceTest extends AbstractIntegrationTest {

    @Autowired
    DocumentationService service;
    @Autowired
    TraineeService trainees;
    @Autowired
    UserService users;
    @Autowired
    fi.taitoura.workplace.WorkplaceService workplaces;
    @Autowired
    AuditService audit;

    private WorkUnit propertyUnit() {
        return workplaces.findWorkUnits(users.findByUsername("valmentaja").orElseThrow().getWorkUnitIds()).stream()
                .filter(u -> u.getName().startsWith("Kiinteistö")).findFirst().orElseThrow();
    }

    /** A fresh trainee of the property unit whose period started 30 days ago, targeting the task's units. */
    private TrainingPeriod freshPeriod(String name) {
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(propertyUnit().getId());
        p.setStatus(PeriodStatus.REHABILITATIVE_WORK_ACTIVITY);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(Time.today().minusDays(30));
        p.setPlannedEndDate(Time.today().plusMonths(3));
        p.setDaysPerWeek(5);
        p.setHoursPerDay(new BigDecimal("6"));
        Trainee t = new Trainee();
        t.setFirstName(name);
        t.setLastName("Kirjattava");
        t.setDateOfBirth(LocalDate.of(1990, 5, 5));
        return trainees.createTrainee(t, null, p);
    }

    private TaskSummary mappedTask(DayPlan plan) {
        return plan.tasks().stream().filter(t -> t.requirementIds().size() >= 2).findFirst().orElseThrow();
    }

    @Test
    void theDayShowsRunningPeriodsAndTasksWithRequirementTexts() {
        runAs("valmentaja");
        DayPlan plan = service.dayOfUnit(propertyUnit().getId(), Time.today());
        assertThat(plan.trainees()).isNotEmpty();
        assertThat(plan.tasks()).isNotEmpty();
        assertThat(plan.requirements()).isNotEmpty();
        plan.tasks().forEach(t -> assertThat(plan.requirements().keySet()).containsAll(t.requirementIds()));
    }

    @Test
    void changingOnlyASkillLevelMovesTheVersionSoAStaleSaveIsRefused() {
        runAs("valmentaja");
        TrainingPeriod a = freshPeriod("Taso");
        LocalDate day = Time.today().minusDays(2);
        TaskSummary task = mappedTask(service.dayOfUnit(propertyUnit().getId(), day));
        Long req = task.requirementIds().iterator().next();
        SaveResult first = service.saveDay(day, List.of(new DayEntry(a.getId(), -1, AttendanceStatus.PRESENT, null,
                null, Set.of(task.id()), List.of(new ObservationEntry(req, task.id(), IndependenceLevel.WITH_GUIDANCE,
                null))))).get(0);
        SaveResult second = service.saveDay(day, List.of(new DayEntry(a.getId(), first.version(),
                AttendanceStatus.PRESENT, null, null, Set.of(task.id()), List.of(new ObservationEntry(req, task.id(),
                IndependenceLevel.INDEPENDENT, null))))).get(0);
        assertThat(second.saved()).isTrue();
        assertThat(second.version()).as("only the level changed").isGreaterThan(first.version());
        SaveResult stale = service.saveDay(day, List.of(new DayEntry(a.getId(), first.version(),
                AttendanceStatus.PRESENT, null, null, Set.of(task.id()), List.of(new ObservationEntry(req, task.id(),
                IndependenceLevel.PARTLY_INDEPENDENT, null))))).get(0);
        assertThat(stale.saved()).as("the other window still had the old version").isFalse();
    }

    @Test
    void recordingADayBuildsTheLedgerAndAStaleSaveIsReportedWithoutLosingOthers() {
        runAs("valmentaja");
        TrainingPeriod a = freshPeriod("Aamu");
        TrainingPeriod b = freshPeriod("Ilta");
        LocalDate day = Time.today().minusDays(1);
        DayPlan plan = service.dayOfUnit(propertyUnit().getId(), day);
        TaskSummary task = mappedTask(plan);
        List<Long> reqs = List.copyOf(task.requirementIds());
        List<ObservationEntry> obs = reqs.stream()
                .map(r -> new ObservationEntry(r, task.id(), IndependenceLevel.INDEPENDENT, null)).toList();
        List<SaveResult> first = service.saveDay(day, List.of(
                new DayEntry(a.getId(), -1, AttendanceStatus.PRESENT, null, "Hyvä päivä", Set.of(task.id()), obs),
                new DayEntry(b.getId(), -1, AttendanceStatus.SICK, "Flunssa", null, Set.of(), List.of())));
        assertThat(first).allMatch(SaveResult::saved);

        // a second coach window still holds version -1 for trainee A: its save is refused, B's correction saved
        TraineeDay bDay = service.dayOfUnit(propertyUnit().getId(), day).trainees().stream()
                .filter(t -> t.periodId().equals(b.getId())).findFirst().orElseThrow();
        List<SaveResult> second = service.saveDay(day, List.of(
                new DayEntry(a.getId(), -1, AttendanceStatus.ABSENT, "Lääkäri", null, Set.of(), List.of()),
                new DayEntry(b.getId(), bDay.version(), AttendanceStatus.PRESENT, null, null, Set.of(task.id()),
                        List.of(new ObservationEntry(reqs.get(0), task.id(), IndependenceLevel.WITH_GUIDANCE, null)))));
        assertThat(second).filteredOn(r -> r.periodId().equals(a.getId())).singleElement()
                .satisfies(r -> assertThat(r.saved()).isFalse());
        assertThat(second).filteredOn(r -> r.periodId().equals(b.getId())).singleElement()
                .satisfies(r -> assertThat(r.saved()).isTrue());

        Ledger ledger = service.ledger(a.getId());
        var rows = ledger.units().stream().flatMap(u -> u.requirements().stream())
                .filter(r -> reqs.contains(r.requirementId())).toList();
        assertThat(rows).hasSize(reqs.size()).allSatisfy(r -> {
            assertThat(r.count()).isEqualTo(1);
            assertThat(r.first()).isEqualTo(day);
            assertThat(r.highest()).isEqualTo(IndependenceLevel.INDEPENDENT);
            assertThat(r.tasks()).containsExactly(task.name());
        });
        assertThat(ledger.growth()).isNotEmpty();
        assertThat(ledger.growth().get(ledger.growth().size() - 1).independent()).isEqualTo(reqs.size());
        assertThat(service.attendanceCounts(b.getId()).present()).isEqualTo(1);

        runAs("admin");
        assertThat(audit.search(new AuditFilter("valmentaja", "Attendance", null, b.getTrainee().getId(),
                AuditAction.UPDATE, null, null), PageRequest.of(0, 5)))
                .as("a correction of a past day is audited").singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("correction=true").contains("fields="));
    }

    /**
     * Issue 18: new records go in by JDBC batches (ids read back by period and day, ADR 0039), changed ones through
     * Hibernate. One save of new, changed and stale entries: each new record is stored whole under the id reported
     * and audited with it, the change moves its version, the stale one is refused and left as it was.
     */
    @Test
    void aMixedSaveOfNewChangedAndStaleRecords() {
        runAs("valmentaja");
        TrainingPeriod changed = freshPeriod("Muutos");
        TrainingPeriod stale = freshPeriod("Vanha");
        TrainingPeriod fresh = freshPeriod("Uusi");
        TrainingPeriod away = freshPeriod("Poissa");
        LocalDate day = Time.today().minusDays(3);
        DayPlan plan = service.dayOfUnit(propertyUnit().getId(), day);
        TaskSummary task = mappedTask(plan);
        List<Long> reqs = List.copyOf(task.requirementIds());
        List<SaveResult> first = service.saveDay(day, List.of(
                new DayEntry(changed.getId(), -1, AttendanceStatus.PRESENT, null, null, Set.of(), List.of()),
                new DayEntry(stale.getId(), -1, AttendanceStatus.PRESENT, null, "ensin", Set.of(), List.of())));
        assertThat(first).allMatch(SaveResult::saved).allMatch(r -> r.version() == 0 && r.attendanceId() != null);
        long staleVersion = first.get(1).version();
        // someone else corrects the stale one's record meanwhile
        SaveResult other = service.saveDay(day, List.of(new DayEntry(stale.getId(), staleVersion,
                AttendanceStatus.ABSENT, "lääkäri", "ensin", Set.of(), List.of()))).get(0);
        assertThat(other.saved()).isTrue();

        List<ObservationEntry> shown = reqs.stream()
                .map(r -> new ObservationEntry(r, task.id(), IndependenceLevel.PARTLY_INDEPENDENT, "huom")).toList();
        List<SaveResult> mixed = service.saveDay(day, List.of(
                new DayEntry(fresh.getId(), -1, AttendanceStatus.PRESENT, null, "uusi", Set.of(task.id()), shown),
                new DayEntry(stale.getId(), staleVersion, AttendanceStatus.SICK, "flunssa", null, Set.of(),
                        List.of()),
                new DayEntry(changed.getId(), first.get(0).version(), AttendanceStatus.PRESENT, null, null,
                        Set.of(task.id()), shown.subList(0, 1)),
                new DayEntry(away.getId(), -1, AttendanceStatus.SICK, "flunssa", null, Set.of(), List.of())));
        assertThat(mixed).extracting(SaveResult::periodId)
                .containsExactly(fresh.getId(), stale.getId(), changed.getId(), away.getId());
        assertThat(mixed.get(1).saved()).as("the stale entry is refused").isFalse();
        assertThat(mixed.get(1).version()).isEqualTo(other.version());
        assertThat(mixed.get(1).attendanceId()).isEqualTo(first.get(1).attendanceId());
        assertThat(mixed.get(2).saved()).isTrue();
        assertThat(mixed.get(2).version()).isGreaterThan(first.get(0).version());
        assertThat(mixed.get(2).attendanceId()).isEqualTo(first.get(0).attendanceId());
        assertThat(List.of(mixed.get(0), mixed.get(3))).allMatch(SaveResult::saved)
                .allMatch(r -> r.version() == 0 && r.attendanceId() != null);

        java.util.Map<Long, TraineeDay> stored = new java.util.HashMap<>();
        service.dayOfUnit(propertyUnit().getId(), day).trainees().forEach(t -> stored.put(t.periodId(), t));
        TraineeDay f = stored.get(fresh.getId());
        assertThat(f.attendanceId()).isEqualTo(mixed.get(0).attendanceId());
        assertThat(f.version()).isZero();
        assertThat(f.note()).isEqualTo("uusi");
        assertThat(f.taskIds()).containsExactly(task.id());
        assertThat(f.observations()).containsExactlyInAnyOrderElementsOf(shown);
        TraineeDay s = stored.get(stale.getId());
        assertThat(s.status()).as("the refused entry changed nothing").isEqualTo(AttendanceStatus.ABSENT);
        assertThat(s.reason()).isEqualTo("lääkäri");
        assertThat(s.note()).isEqualTo("ensin");
        assertThat(s.version()).isEqualTo(other.version());
        TraineeDay c = stored.get(changed.getId());
        assertThat(c.version()).isEqualTo(mixed.get(2).version());
        assertThat(c.taskIds()).containsExactly(task.id());
        assertThat(c.observations()).containsExactlyElementsOf(shown.subList(0, 1));
        TraineeDay a = stored.get(away.getId());
        assertThat(a.attendanceId()).isEqualTo(mixed.get(3).attendanceId());
        assertThat(a.status()).isEqualTo(AttendanceStatus.SICK);
        assertThat(a.reason()).isEqualTo("flunssa");
        assertThat(a.taskIds()).isEmpty();

        runAs("admin");
        assertThat(audit.search(new AuditFilter("valmentaja", "Attendance", null, fresh.getTrainee().getId(),
                AuditAction.CREATE, null, null), PageRequest.of(0, 5))).as("the new record, audited with its id")
                .singleElement().satisfies(e -> {
                    assertThat(e.getEntityId()).isEqualTo(mixed.get(0).attendanceId());
                    assertThat(e.getDetails()).contains("day=" + day).contains("fields=");
                });
        assertThat(audit.search(new AuditFilter("valmentaja", "Attendance", null, changed.getTrainee().getId(),
                AuditAction.UPDATE, null, null), PageRequest.of(0, 5))).singleElement()
                .satisfies(e -> assertThat(e.getEntityId()).isEqualTo(first.get(0).attendanceId()));
        assertThat(audit.search(new AuditFilter("valmentaja", "Attendance", null, stale.getTrainee().getId(),
                AuditAction.UPDATE, null, null), PageRequest.of(0, 5))).as("only the other window's correction")
                .singleElement();
    }

    @Test
    void theRulesOfTheDayAreEnforced() {
        runAs("valmentaja");
        TrainingPeriod p = freshPeriod("Sääntö");
        DayPlan plan = service.dayOfUnit(propertyUnit().getId(), Time.today());
        TaskSummary task = mappedTask(plan);
        assertThatThrownBy(() -> service.saveDay(Time.today().plusDays(1), List.of()))
                .hasMessageContaining("day.error.future");
        assertThatThrownBy(() -> service.saveDay(Time.today(), List.of(new DayEntry(p.getId(), -1,
                AttendanceStatus.ABSENT, " ", null, Set.of(), List.of())))).hasMessageContaining("day.error.reason");
        assertThatThrownBy(() -> service.saveDay(Time.today(), List.of(new DayEntry(p.getId(), -1,
                AttendanceStatus.SICK, "flunssa", null, Set.of(task.id()), List.of()))))
                .hasMessageContaining("day.error.notPresent");
        Long unrelated = plan.requirements().keySet().stream().filter(r -> !task.requirementIds().contains(r))
                .findFirst().orElse(-1L);
        assertThatThrownBy(() -> service.saveDay(Time.today(), List.of(new DayEntry(p.getId(), -1,
                AttendanceStatus.PRESENT, null, null, Set.of(task.id()),
                List.of(new ObservationEntry(unrelated, task.id(), IndependenceLevel.INDEPENDENT, null))))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("day.error.requirement");
        assertThatThrownBy(() -> service.saveDay(p.getStartDate().minusDays(1), List.of(new DayEntry(p.getId(), -1,
                AttendanceStatus.PRESENT, null, null, Set.of(), List.of()))))
                .hasMessageContaining("day.error.outsidePeriod");

        runAs("valmentaja2");
        assertThatThrownBy(() -> service.saveDay(Time.today(), List.of(new DayEntry(p.getId(), -1,
                AttendanceStatus.PRESENT, null, null, Set.of(), List.of())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoLedgerShowsGrowthAndReadiness() {
        runAs("valmentaja");
        Long periodId = trainees.findVisiblePeriods().stream()
                .filter(p -> p.getTrainee().getDisplayName().equals("Mikko Laaksonen")).findFirst().orElseThrow()
                .getId();
        Ledger ledger = service.ledger(periodId);
        assertThat(ledger.units()).isNotEmpty();
        UnitLedger target = ledger.units().get(0);
        assertThat(target.target()).isTrue();
        assertThat(target.shown()).isPositive();
        assertThat(target.shownIndependently()).isLessThanOrEqualTo(target.shown());
        assertThat(ledger.growth()).extracting(LedgerRecords.GrowthPoint::shown).isSorted();
        // the demo's learning diary: entries exist for the coach's trainees, each newest first within its period
        List<TrainingPeriod> visible = trainees.findVisiblePeriods();
        assertThat(visible).flatExtracting(p -> service.diary(p.getId())).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getText()).isNotBlank());
        for (TrainingPeriod p : visible) {
            assertThat(service.diary(p.getId())).allSatisfy(e -> assertThat(e.getEntryDate())
                            .isBetween(p.getStartDate(), Time.today()))
                    .extracting(DiaryEntry::getEntryDate).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void diaryEntriesAreDatedWithinThePeriod() {
        runAs("valmentaja");
        TrainingPeriod p = freshPeriod("Päiväkirja");
        DiaryEntry e = new DiaryEntry();
        e.setEntryDate(p.getStartDate().minusDays(2));
        e.setText("Opin käyttämään trimmeriä");
        assertThatThrownBy(() -> service.saveDiaryEntry(p.getId(), e)).hasMessageContaining("diary.error.date");
        e.setEntryDate(Time.today());
        service.saveDiaryEntry(p.getId(), e);
        assertThat(service.diary(p.getId())).extracting(DiaryEntry::getText).containsExactly("Opin käyttämään trimmeriä");
    }
}

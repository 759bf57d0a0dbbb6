package fi.taitoura.documentation;

import fi.taitoura.base.time.Time;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.catalogue.CatalogueReader;
import fi.taitoura.catalogue.CatalogueReader.RequirementRow;
import fi.taitoura.documentation.DayRecords.DayEntry;
import fi.taitoura.documentation.DayRecords.DayPlan;
import fi.taitoura.documentation.DayRecords.ObservationEntry;
import fi.taitoura.documentation.DayRecords.RequirementInfo;
import fi.taitoura.documentation.DayRecords.SaveResult;
import fi.taitoura.documentation.DayRecords.TraineeDay;
import fi.taitoura.documentation.LedgerRecords.GrowthPoint;
import fi.taitoura.documentation.LedgerRecords.Ledger;
import fi.taitoura.documentation.LedgerRecords.RequirementLedger;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TraineeService.WritablePeriod;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TaskSummary;
import fi.taitoura.workplace.WorkplaceService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily documentation: the coach's day (attendance, tasks done, skills shown), the learning diary, and the
 * competence ledger built from it. Access to each trainee goes through {@link TraineeService}.
 */
@Service
public class DocumentationService {

    private final AttendanceRepository attendances;
    private final DiaryEntryRepository diary;
    private final DocumentationQueries queries;
    private final TraineeService trainees;
    private final TaskLibraryService tasks;
    private final CatalogueReader catalogue;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final WorkplaceService workplaces;

    DocumentationService(AttendanceRepository attendances, DiaryEntryRepository diary, DocumentationQueries queries,
                         TraineeService trainees, TaskLibraryService tasks, CatalogueReader catalogue,
                         CurrentUser currentUser, AuditService audit, WorkplaceService workplaces) {
        this.workplaces = workplaces;
        this.attendances = attendances;
        this.diary = diary;
        this.queries = queries;
        this.trainees = trainees;
        this.tasks = tasks;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ the coach's day

    /** The day of a work unit (by id): its tasks, and each trainee whose period runs that day, as recorded so far. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public DayPlan dayOfUnit(Long unitId, LocalDate day) {
        String unitName = workplaces.findUnitRef(unitId).map(WorkplaceService.UnitRef::name).orElseThrow();
        List<TraineeService.PeriodHeading> periods = trainees.findPeriodHeadingsForDay(unitId, day);
        List<Long> periodIds = periods.stream().map(TraineeService.PeriodHeading::periodId).toList();
        List<TaskSummary> unitTasks = tasks.findTaskSummaries(unitId);
        Set<Long> requirementIds = unitTasks.stream().flatMap(t -> t.requirementIds().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, RequirementInfo> requirements = new LinkedHashMap<>();
        for (RequirementRow r : catalogue.requirements(requirementIds)) {
            requirements.put(r.id(), new RequirementInfo(r.id(), r.unitCode(), r.unitName(), r.text()));
        }
        Map<Long, DocumentationQueries.DayRecord> recorded = queries.recordsOfDay(periodIds, day);
        Map<Long, Map<Long, IndependenceLevel>> last = queries.lastLevels(periodIds, day);
        List<TraineeDay> rows = new ArrayList<>();
        for (TraineeService.PeriodHeading p : periods) {
            DocumentationQueries.DayRecord a = recorded.get(p.periodId());
            rows.add(new TraineeDay(p.periodId(), p.traineeId(), p.traineeName(),
                    a == null ? null : a.id(), a == null ? -1 : a.version(),
                    a == null ? null : a.status(), a == null ? null : a.reason(),
                    a == null ? null : a.note(), a == null ? Set.of() : Set.copyOf(a.taskIds()),
                    a == null ? List.of() : List.copyOf(a.observations()),
                    last.getOrDefault(p.periodId(), Map.of())));
            audit.recordRead("Attendance", a == null ? null : a.id(), p.traineeId(), AuditDetails.of("day", day));
        }
        return new DayPlan(unitId, unitName, day, unitTasks, requirements, rows);
    }

    /**
     * Saves a day for several trainees in one transaction. An entry whose record someone else changed after it
     * was read is not saved and is reported (nothing else is lost); the others are saved. Rules: the day is not in
     * the future and within the period; absence needs a reason; tasks and skills only for a present trainee; a
     * skill must be one the unit's tasks train (so it rests on the approved recognition).
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public List<SaveResult> saveDay(LocalDate day, List<DayEntry> entries) {
        if (day == null || day.isAfter(Time.today())) {
            throw new BusinessRuleException("day.error.future");
        }
        Map<Long, Map<Long, TaskSummary>> tasksByUnit = new HashMap<>();
        List<SaveResult> results = new ArrayList<>();
        Long me = currentUser.requireId();
        // first every entry's access and rules, in order, then the day's records of all of them in one query
        List<WritablePeriod> checked = new ArrayList<>(entries.size());
        Map<Long, WritablePeriod> periods = entries.isEmpty() ? Map.of()
                : trainees.writablePeriods(entries.stream().map(DayEntry::periodId).toList());
        for (DayEntry e : entries) {
            WritablePeriod p = periods.get(e.periodId());
            if (!p.isActiveOn(day)) {
                throw new BusinessRuleException("day.error.outsidePeriod", p.traineeName());
            }
            validate(e, p, tasksByUnit.computeIfAbsent(p.workUnitId(), id -> tasks.findTaskSummaries(id)
                    .stream().collect(Collectors.toMap(TaskSummary::id, Function.identity()))));
            checked.add(p);
        }
        // the day's records: which periods have one, in SQL (nothing is changed yet in this transaction: ADR 0038),
        // then only those as entities (an update needs its version and child rows)
        Map<Long, Long> recordIds = checked.isEmpty() ? Map.of()
                : queries.recordIdsOfDay(entries.stream().map(DayEntry::periodId).distinct().toList(), day);
        Map<Long, Attendance> recorded = new HashMap<>();
        // by primary key, each with its tasks and observations in the same select (a query over the periods took
        // two more selects per record for its eager collections, and a translation per call)
        recordIds.forEach((periodId, id) -> attendances.findById(id).ifPresent(a -> recorded.put(periodId, a)));
        // per entry, in order: a conflict, an update (saved by Hibernate, flushed once for all) or a new record (all
        // new ones inserted by JDBC batches, ADR 0039); audit entries and results in the entries' order afterwards
        record Outcome(WritablePeriod period, Attendance record, boolean isNew, Map<String, String> before,
                       Map<String, String> after, boolean conflict) {
        }
        List<Outcome> outcomes = new ArrayList<>(entries.size());
        Map<Long, Attendance> created = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        boolean updated = false;
        for (int i = 0; i < entries.size(); i++) {
            DayEntry e = entries.get(i);
            WritablePeriod p = checked.get(i);
            Attendance a = recorded.get(e.periodId());
            boolean isNew = a == null;
            if (!seen.add(e.periodId()) || (isNew && e.version() != -1) || (!isNew && a.getVersion() != e.version())) {
                // changed by someone else since it was read (or twice in this call: the second is refused)
                outcomes.add(new Outcome(p, created.getOrDefault(e.periodId(), a), false, null, null, true));
                continue;
            }
            Map<String, String> before = isNew ? Map.of() : describe(a);
            if (isNew) {
                a = new Attendance(p.periodId(), day);
            }
            apply(a, e, me);
            if (!isNew && !before.equals(describe(a))) {
                a.markChanged();
            }
            Map<String, String> after = describe(a);
            if (isNew) {
                created.put(e.periodId(), a);
            } else {
                updated = true; // loaded in this transaction, so managed: written by the flush (no merge)
            }
            outcomes.add(new Outcome(p, a, isNew, before, after, false));
        }
        if (updated) {
            attendances.flush(); // the updates' new versions
        }
        Map<Long, Long> newIds = queries.insertRecords(day, List.copyOf(created.values()), java.time.Instant.now());
        for (Outcome o : outcomes) {
            WritablePeriod p = o.period();
            Attendance a = o.record();
            Long id = a == null ? null : o.isNew() || created.get(p.periodId()) == a ? newIds.get(p.periodId())
                    : a.getId();
            if (o.conflict()) {
                results.add(new SaveResult(p.periodId(), false, a == null ? -1 : a.getVersion(), id));
                continue;
            }
            if (o.isNew() || !o.before().equals(o.after())) {
                audit.recordChange(o.isNew() ? AuditAction.CREATE : AuditAction.UPDATE, "Attendance", id,
                        p.traineeId(), p.traineeOrganisationId(), AuditDetails.of("day", day, "correction",
                                !o.isNew() && day.isBefore(Time.today()) ? true : null) + ";"
                                + AuditService.describeChanges(o.before(), o.after()));
            }
            results.add(new SaveResult(p.periodId(), true, a.getVersion(), id));
        }
        return results;
    }

    private void validate(DayEntry e, WritablePeriod p, Map<Long, TaskSummary> unitTasks) {
        String name = p.traineeName();
        if (e.status() == null) {
            throw new BusinessRuleException("day.error.status", name);
        }
        boolean present = e.status() == AttendanceStatus.PRESENT;
        if (!present && (e.reason() == null || e.reason().isBlank())) {
            throw new BusinessRuleException("day.error.reason", name);
        }
        if (!present && (!e.taskIds().isEmpty() || !e.observations().isEmpty())) {
            throw new BusinessRuleException("day.error.notPresent", name);
        }
        for (Long taskId : e.taskIds()) {
            if (!unitTasks.containsKey(taskId)) {
                throw new BusinessRuleException("day.error.task", name);
            }
        }
        Set<Long> trained = e.taskIds().stream().flatMap(t -> unitTasks.get(t).requirementIds().stream())
                .collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        for (ObservationEntry o : e.observations()) {
            if (o.level() == null) {
                throw new BusinessRuleException("day.error.level", name);
            }
            if (!trained.contains(o.requirementId())) {
                throw new BusinessRuleException("day.error.requirement", name);
            }
            if (o.taskId() != null && !e.taskIds().contains(o.taskId())) {
                throw new BusinessRuleException("day.error.task", name);
            }
            if (!seen.add(o.requirementId())) {
                throw new BusinessRuleException("day.error.duplicate", name);
            }
            if (o.note() != null && o.note().length() > 500) {
                throw new BusinessRuleException("validation.maxLength", 500);
            }
        }
        if (e.note() != null && e.note().length() > 1000) {
            throw new BusinessRuleException("validation.maxLength", 1000);
        }
    }

    private static void apply(Attendance a, DayEntry e, Long me) {
        a.setStatus(e.status());
        a.setReason(blankToNull(e.reason()));
        a.setNote(blankToNull(e.note()));
        a.setRecordedBy(me);
        a.getTaskIds().retainAll(e.taskIds());
        a.getTaskIds().addAll(e.taskIds());
        Map<Long, ObservationEntry> wanted = new LinkedHashMap<>();
        e.observations().forEach(o -> wanted.put(o.requirementId(), o));
        a.getObservations().removeIf(o -> !wanted.containsKey(o.getRequirementId()));
        for (SkillObservation existing : a.getObservations()) {
            ObservationEntry o = wanted.remove(existing.getRequirementId());
            existing.update(o.taskId(), o.level(), blankToNull(o.note()));
        }
        wanted.values().forEach(o -> a.getObservations().add(new SkillObservation(a, o.requirementId(), o.taskId(),
                o.level(), blankToNull(o.note()))));
    }

    private static Map<String, String> describe(Attendance a) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("status", String.valueOf(a.getStatus()));
        m.put("reason", a.getReason());
        m.put("tasks", a.getTaskIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        m.put("skills", a.getObservations().stream()
                .sorted(java.util.Comparator.comparing(SkillObservation::getRequirementId))
                .map(o -> o.getRequirementId() + ":" + o.getLevel() + ":" + o.getNote())
                .collect(Collectors.joining(",")));
        return m;
    }

    /** Days present, absent and sick in a period, for the ledger and the end-of-period summary. */
    public record AttendanceCounts(long present, long absent, long sick, long other) {
    }

    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public AttendanceCounts attendanceCounts(Long periodId) {
        trainees.requirePeriodForRead(periodId);
        return new AttendanceCounts(attendances.countByStatus(periodId, AttendanceStatus.PRESENT),
                attendances.countByStatus(periodId, AttendanceStatus.ABSENT),
                attendances.countByStatus(periodId, AttendanceStatus.SICK),
                attendances.countByStatus(periodId, AttendanceStatus.OTHER));
    }

    // ------------------------------------------------------------------ ledger

    /**
     * The competence ledger of a period; the read is audited (through the period read). The access rule is
     * {@code @traineeAccess.mayReadPeriod(#periodId)}, asked once: by {@link TraineeService#readPeriodBasics}, the
     * first thing read (issue 18: it was asked here too, before the transaction).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Ledger ledger(Long periodId) {
        TraineeService.PeriodBasics p = trainees.readPeriodBasics(periodId);
        List<DocumentationQueries.Aggregate> aggregates = queries.aggregates(periodId);
        Map<Long, DocumentationQueries.Aggregate> byRequirement = aggregates.stream()
                .collect(Collectors.toMap(DocumentationQueries.Aggregate::requirementId, Function.identity()));
        Set<Long> targetUnitIds = p.targetUnitIds();
        // every unit the trainee is aiming at or has shown something of, with all its current requirements, so
        // that coverage and readiness are measured against the whole unit
        // (the target units' requirements first; the rest only if something was shown outside them: one query)
        List<RequirementRow> requirements = new ArrayList<>(catalogue.currentRequirementsOfUnits(targetUnitIds));
        Set<Long> listed = requirements.stream().map(RequirementRow::id).collect(Collectors.toSet());
        Set<Long> unlisted = byRequirement.keySet().stream().filter(id -> !listed.contains(id))
                .collect(Collectors.toSet());
        if (!unlisted.isEmpty()) {
            List<RequirementRow> shown = catalogue.requirements(unlisted);
            Set<Long> otherUnits = shown.stream().map(RequirementRow::unitId).filter(u -> !targetUnitIds.contains(u))
                    .collect(Collectors.toSet());
            requirements.addAll(catalogue.currentRequirementsOfUnits(otherUnits));
            requirements.stream().map(RequirementRow::id).forEach(listed::add);
            shown.stream().filter(r -> !listed.contains(r.id())).forEach(requirements::add);
        }
        Map<Long, String> taskNames = taskNames(aggregates.stream().flatMap(a -> a.taskIds().stream())
                .collect(Collectors.toSet()));

        Map<Long, List<RequirementLedger>> byUnit = new LinkedHashMap<>();
        Map<Long, RequirementRow> unitSample = new LinkedHashMap<>();
        for (RequirementRow r : requirements) {
            DocumentationQueries.Aggregate a = byRequirement.get(r.id());
            RequirementLedger row = a == null
                    ? new RequirementLedger(r.id(), r.areaName(), r.text(), null, null, 0, null, List.of())
                    : new RequirementLedger(r.id(), r.areaName(), r.text(), a.first(), a.last(),
                    a.count(), a.highest(), a.taskIds().stream().map(t -> taskNames.getOrDefault(t, "#" + t))
                    .distinct().toList());
            byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(row);
            unitSample.putIfAbsent(r.unitId(), r);
        }
        List<UnitLedger> units = new ArrayList<>();
        for (var e : byUnit.entrySet()) {
            RequirementRow unit = unitSample.get(e.getKey());
            units.add(new UnitLedger(unit.unitId(), unit.unitCode(), unit.unitName(), unit.qualificationName(),
                    targetUnitIds.contains(unit.unitId()), e.getValue()));
        }
        units.sort(java.util.Comparator.comparing((UnitLedger u) -> !u.target()).thenComparing(UnitLedger::code));
        audit.recordRead("Ledger", periodId, p.traineeId(), p.traineeOrganisationId(), null);
        return new Ledger(periodId, units, growth(aggregates, p.startDate()));
    }

    private static List<GrowthPoint> growth(List<DocumentationQueries.Aggregate> aggregates, LocalDate start) {
        if (aggregates.isEmpty()) {
            return List.of();
        }
        TreeMap<LocalDate, int[]> weekly = new TreeMap<>();
        for (var a : aggregates) {
            weekly.computeIfAbsent(monday(a.first()), k -> new int[2])[0]++;
            if (a.firstIndependent() != null) {
                weekly.computeIfAbsent(monday(a.firstIndependent()), k -> new int[2])[1]++;
            }
        }
        LocalDate end = aggregates.stream().map(DocumentationQueries.Aggregate::last).max(LocalDate::compareTo)
                .orElseThrow();
        List<GrowthPoint> points = new ArrayList<>();
        int shown = 0;
        int independent = 0;
        for (LocalDate w = monday(start); !w.isAfter(monday(end)); w = w.plusWeeks(1)) {
            int[] c = weekly.getOrDefault(w, new int[2]);
            shown += c[0];
            independent += c[1];
            points.add(new GrowthPoint(w, shown, independent));
        }
        return points;
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    // ------------------------------------------------------------------ diary

    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<DiaryEntry> diary(Long periodId) {
        Long traineeId = trainees.readPeriodBasics(periodId).traineeId();
        audit.recordRead("DiaryEntry", null, traineeId, AuditDetails.of("period", periodId));
        return diary.findByPeriodIdOrderByEntryDateDescIdDesc(periodId);
    }

    /** Adds (id null) or corrects a diary entry; written in the trainee's words, dated within the period. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional
    public DiaryEntry saveDiaryEntry(Long periodId, DiaryEntry edited) {
        WritablePeriod p = trainees.writablePeriods(List.of(periodId)).get(periodId);
        if (edited.getText() == null || edited.getText().isBlank()) {
            throw new BusinessRuleException("diary.error.text");
        }
        if (edited.getEntryDate() == null || edited.getEntryDate().isAfter(Time.today())
                || edited.getEntryDate().isBefore(p.startDate())) {
            throw new BusinessRuleException("diary.error.date");
        }
        if (edited.getText().length() > 5000) {
            throw new BusinessRuleException("validation.maxLength", 5000);
        }
        Set<Long> unitTaskIds = tasks.findTaskSummaries(p.workUnitId()).stream().map(TaskSummary::id)
                .collect(Collectors.toSet());
        if (!unitTaskIds.containsAll(edited.getTaskIds())) {
            throw new BusinessRuleException("day.error.task", p.traineeName());
        }
        DiaryEntry entry;
        if (edited.getId() == null) {
            entry = new DiaryEntry();
            entry.setPeriodId(periodId);
        } else {
            entry = diary.findById(edited.getId()).orElseThrow();
            if (!Objects.equals(entry.getPeriodId(), periodId)) {
                throw new AccessDeniedException("Entry of another period");
            }
            if (entry.getVersion() != edited.getVersion()) {
                throw new fi.taitoura.base.ConcurrentEditException("DiaryEntry", entry.getId());
            }
        }
        entry.setEntryDate(edited.getEntryDate());
        entry.setText(edited.getText().trim());
        entry.setTaskIds(edited.getTaskIds());
        entry.setWrittenBy(currentUser.requireId());
        DiaryEntry saved = diary.saveAndFlush(entry);
        audit.recordChange(edited.getId() == null ? AuditAction.CREATE : AuditAction.UPDATE, "DiaryEntry",
                saved.getId(), p.traineeId(), p.traineeOrganisationId(), AuditDetails.of("date", saved.getEntryDate()));
        return saved;
    }

    /** Names of tasks by id (for showing diary links and ledgers). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> taskNames(Set<Long> taskIds) {
        Map<Long, String> names = new java.util.HashMap<>();
        tasks.findTaskRefs(taskIds).forEach((id, t) -> names.put(id, t.name()));
        return names;
    }

    /** How many times each task was done in the period (task id to count), for the end-of-period summary. */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public Map<Long, Long> taskTimes(Long periodId) {
        trainees.requirePeriodForRead(periodId);
        Map<Long, Long> times = new LinkedHashMap<>();
        attendances.countTasksDone(periodId).forEach(row -> times.put((Long) row[0], (Long) row[1]));
        return times;
    }

    // ------------------------------------------------------------------ evidence for a demonstration

    /** An observation as evidence: the day, the task it was shown in (id, if any), how independently, the note. */
    public record ObservationRow(Long requirementId, LocalDate day, Long taskId, IndependenceLevel level, String note) {
    }

    /** A diary entry as evidence: its day, text and the ids of the tasks it is about. */
    public record DiaryRow(LocalDate date, String text, List<Long> taskIds) {
    }

    /**
     * The observations of the requirements in the period, by requirement, oldest first. For a feature that has
     * decided itself that the signed-in user may see this evidence (demonstration: its assigned teacher, who cannot
     * read the period) and audits the read.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, List<ObservationRow>> observationEvidence(Long periodId, Collection<Long> requirementIds) {
        return queries.observations(periodId, requirementIds);
    }

    /** How many observations of the requirements the period has (0: nothing shown yet). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countObservations(Long periodId, Collection<Long> requirementIds) {
        return queries.countObservations(periodId, requirementIds);
    }

    /**
     * The period's diary entries about the requirements (written on a day one of them was observed, or about a
     * task that trains one of them: {@code taskIds}), newest first. Same access terms as
     * {@link #observationEvidence}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DiaryRow> diaryEvidence(Long periodId, Collection<Long> requirementIds, Collection<Long> taskIds) {
        return queries.diaryAbout(periodId, requirementIds, taskIds);
    }
}

package fi.taitoura.demonstration;

import fi.taitoura.base.time.Time;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.catalogue.CatalogueDto.AreaView;
import fi.taitoura.catalogue.CatalogueDto.RequirementView;
import fi.taitoura.catalogue.CatalogueDto.TargetView;
import fi.taitoura.catalogue.CatalogueDto.UnitDetail;
import fi.taitoura.catalogue.CatalogueService;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentInput;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentView;
import fi.taitoura.demonstration.DemonstrationRecords.Detail;
import fi.taitoura.demonstration.DemonstrationRecords.LedgerFacts;
import fi.taitoura.demonstration.DemonstrationRecords.CardEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.DiaryEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.Evidence;
import fi.taitoura.demonstration.DemonstrationRecords.ObservationEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.Plan;
import fi.taitoura.demonstration.DemonstrationRecords.PlanOptions;
import fi.taitoura.demonstration.DemonstrationRecords.UserRef;
import fi.taitoura.demonstration.DemonstrationRecords.RequirementEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.Summary;
import fi.taitoura.demonstration.DemonstrationRecords.TaskRef;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.TraineeService;
import java.util.HashSet;
import java.util.Collection;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.trainee.TraineeService.PeriodHeading;
import fi.taitoura.documentation.DocumentationService.ObservationRow;
import fi.taitoura.documentation.DocumentationService.DiaryRow;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.trainee.PeriodDetails;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competence demonstrations (näytöt): a coach or career agent who may write the period proposes one for a unit;
 * the assigned teacher sees exactly that demonstration and the unit's evidence (observations, related diary
 * entries, cards) and nothing else of the trainee; the teacher records and signs the assessment, which locks it; a
 * correction is a new signed assessment referring to the old one. The period's coaches, career agent and case
 * worker (everyone who may read the period) see the result. Every read and change is audited with the trainee.
 */
@Service
public class DemonstrationService {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;

    private final DemonstrationRepository demonstrations;
    private final DemonstrationAssessmentRepository assessments;
    private final TraineeService trainees;
    private final DocumentationService documentation;
    private final TaskLibraryService tasks;
    private final CatalogueService catalogue;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final DemonstrationAccess access;
    private final fi.taitoura.workplace.WorkplaceService workplaces;

    DemonstrationService(DemonstrationRepository demonstrations, DemonstrationAssessmentRepository assessments,
                         TraineeService trainees, DocumentationService documentation, TaskLibraryService tasks,
                         CatalogueService catalogue, UserService users, CurrentUser currentUser, AuditService audit,
                         DemonstrationAccess access, fi.taitoura.workplace.WorkplaceService workplaces) {
        this.demonstrations = demonstrations;
        this.assessments = assessments;
        this.trainees = trainees;
        this.documentation = documentation;
        this.tasks = tasks;
        this.catalogue = catalogue;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.access = access;
        this.workplaces = workplaces;
    }

    // ------------------------------------------------------------------ access

    private boolean isAssignedTeacher(Demonstration d) {
        return access.isAssignedTeacher(d);
    }

    private PeriodHeading period(Demonstration d) {
        return trainees.periodHeadings(List.of(d.getPeriodId())).get(d.getPeriodId());
    }

    private boolean canWritePlan(Long periodId) {
        return (currentUser.hasRole(Role.COACH) || currentUser.hasRole(Role.CAREER_AGENT))
                && trainees.mayWritePeriod(periodId);
    }

    /** The demonstration, when the signed-in user may see it (assigned teacher, workplace assessor, period reader). */
    private Demonstration requireReadable(Long id) {
        Demonstration d = demonstrations.findById(id).orElseThrow(() -> new AccessDeniedException("No such demonstration"));
        if (!access.canRead(d)) {
            throw new AccessDeniedException("Not allowed");
        }
        return d;
    }

    private Demonstration requireForPlanWrite(Long id) {
        Demonstration d = demonstrations.findById(id).orElseThrow(() -> new AccessDeniedException("No such demonstration"));
        if (!canWritePlan(d.getPeriodId())) {
            throw new AccessDeniedException("Not allowed");
        }
        return d;
    }

    private Demonstration requireForAssessment(Long id) {
        Demonstration d = demonstrations.findById(id).orElseThrow(() -> new AccessDeniedException("No such demonstration"));
        if (!isAssignedTeacher(d)) {
            throw new AccessDeniedException("Only the assigned teacher assesses");
        }
        return d;
    }

    // ------------------------------------------------------------------ lists

    /**
     * The signed-in user's demonstrations: a teacher's assigned ones; for coaches, career agents and others those
     * of the periods they may see. Upcoming and awaiting assessment first (by date), then assessed and cancelled.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Summary> worklist() {
        Map<Long, Demonstration> found = new LinkedHashMap<>();
        if (currentUser.hasRole(Role.TEACHER)) {
            demonstrations.findByTeacherIdOrderByStartDateAscIdAsc(currentUser.requireId()).stream()
                    .filter(access::isAssignedTeacher).forEach(d -> found.put(d.getId(), d));
        }
        if (currentUser.hasRole(Role.COACH) || currentUser.hasRole(Role.CAREER_AGENT)
                || currentUser.hasRole(Role.TEAM_LEAD)) {
            List<Long> periodIds = trainees.findVisiblePeriodIds();
            if (!periodIds.isEmpty()) {
                demonstrations.findByPeriodIds(periodIds).forEach(d -> found.putIfAbsent(d.getId(), d));
            }
        }
        List<Summary> rows = summaries(new ArrayList<>(found.values()));
        rows.sort(Comparator.comparing((Summary s) -> s.status() != DemonstrationStatus.PLANNED)
                .thenComparing(s -> s.status() == DemonstrationStatus.PLANNED ? s.startDate() : null,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Summary::startDate, Comparator.reverseOrder()));
        audit.recordListRead("DemonstrationList", rows.stream().map(Summary::traineeId).toList(), null);
        return rows;
    }

    /** The demonstrations of a period, newest first, for a user who may read the period. */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<Summary> forPeriod(Long periodId) {
        PeriodDetails p = trainees.readPeriod(periodId);
        List<Summary> rows = summaries(demonstrations.findByPeriodIdOrderByStartDateDescIdDesc(periodId));
        audit.recordRead("Demonstration", null, p.traineeId(), AuditDetails.of("period", periodId));
        return rows;
    }

    /** Ids of the units demonstrated and passed in the period (the current signed assessment passed). */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public Set<Long> passedUnitIds(Long periodId) {
        trainees.requirePeriodForRead(periodId);
        Set<Long> passed = new LinkedHashSet<>();
        for (Summary s : summaries(demonstrations.findByPeriodIdOrderByStartDateDescIdDesc(periodId))) {
            if (s.status() == DemonstrationStatus.ASSESSED && Boolean.TRUE.equals(s.passed())) {
                passed.add(s.unitId());
            }
        }
        return passed;
    }

    /**
     * What the competence ledger shows of the period's demonstrations, by one call: {@link #passedUnitIds}, the
     * planned ones by unit (the newest of a unit) and {@link #canPropose}. Audited as {@link #forPeriod}.
     */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public LedgerFacts forLedger(Long periodId) {
        PeriodDetails p = trainees.readPeriod(periodId);
        List<Summary> rows = summaries(demonstrations.findByPeriodIdOrderByStartDateDescIdDesc(periodId));
        Set<Long> passed = new LinkedHashSet<>();
        Map<Long, Summary> planned = new LinkedHashMap<>();
        for (Summary s : rows) {
            if (s.status() == DemonstrationStatus.ASSESSED && Boolean.TRUE.equals(s.passed())) {
                passed.add(s.unitId());
            }
            if (s.status() == DemonstrationStatus.PLANNED) {
                planned.putIfAbsent(s.unitId(), s);
            }
        }
        boolean propose = canWritePlan(periodId);
        audit.recordRead("Demonstration", null, p.traineeId(), AuditDetails.of("period", periodId));
        return new LedgerFacts(passed, planned, propose);
    }

    /** True when the signed-in user may propose demonstrations in the period (its coaches and career agent). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canPropose(Long periodId) {
        return canWritePlan(periodId);
    }

    private List<Summary> summaries(List<Demonstration> list) {
        if (list.isEmpty()) {
            return new ArrayList<>();
        }
        // every revision of their assessments by one query (one demonstration: by its id, a plan Hibernate keeps),
        // not one query per demonstration: the current signed result and whether a draft is open (issue 18)
        Map<Long, List<DemonstrationAssessment>> revisions = (list.size() == 1
                ? assessments.findByDemonstrationIdOrderByRevisionAsc(list.getFirst().getId())
                : assessments.findByDemonstrationIdIn(list.stream().map(Demonstration::getId).toList()))
                .stream().collect(Collectors.groupingBy(DemonstrationAssessment::getDemonstrationId));
        Map<Long, UnitInfo> units = new HashMap<>();
        Set<Long> people = new HashSet<>();
        list.forEach(d -> {
            people.add(d.getTeacherId());
            people.add(d.getWorkplaceAssessorId());
        });
        people.remove(null);
        Map<Long, String> names = people.isEmpty() ? Map.of() : users.findNames(people);
        Map<Long, PeriodHeading> periods = trainees.periodHeadings(
                list.stream().map(Demonstration::getPeriodId).collect(Collectors.toSet()));
        List<Summary> rows = new ArrayList<>();
        for (Demonstration d : list) {
            UnitInfo u = units.computeIfAbsent(d.getUnitId(), this::unitInfo);
            PeriodHeading p = periods.get(d.getPeriodId());
            List<DemonstrationAssessment> all = revisions.getOrDefault(d.getId(), List.of());
            DemonstrationAssessment a = all.stream().filter(x -> x.isSigned() && !x.isSuperseded())
                    .max(Comparator.comparingInt(DemonstrationAssessment::getRevision)).orElse(null);
            boolean draft = all.stream().anyMatch(x -> !x.isSigned());
            rows.add(new Summary(d.getId(), d.getVersion(), d.getPeriodId(), d.getTraineeId(),
                    p.traineeName(), d.getUnitId(), u.code(), u.name(), u.scale(), d.getStatus(),
                    d.getStartDate(), d.getEndDate(), d.getPlace(),
                    name(names, d.getTeacherId()), workplaceAssessor(d, names),
                    a == null ? null : a.getOverallGrade(), draft));
        }
        return rows;
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? null : names.getOrDefault(id, "#" + id);
    }

    private record UnitInfo(String code, fi.taitoura.base.db.LocalizedText name, LevelScale scale) {
    }

    private UnitInfo unitInfo(Long unitId) {
        var s = catalogue.findUnitSummary(unitId).orElseThrow();
        return new UnitInfo(s.code(), s.name(), s.scale() == null ? LevelScale.ONE_TO_FIVE : s.scale());
    }

    private String userName(Long id) {
        return id == null ? null : users.findNames(List.of(id)).getOrDefault(id, "#" + id);
    }

    private String workplaceAssessor(Demonstration d, Map<Long, String> names) {
        if (d.getWorkplaceAssessorId() != null) {
            return name(names, d.getWorkplaceAssessorId());
        }
        return d.getWorkplaceAssessorName() + (d.getWorkplaceAssessorOrganisation() == null ? ""
                : ", " + d.getWorkplaceAssessorOrganisation());
    }

    // ------------------------------------------------------------------ planning

    /** The choices for proposing or editing a demonstration in the period (its coaches and career agent). */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional(readOnly = true)
    public PlanOptions planOptions(Long periodId) {
        PeriodDetails p = trainees.writablePeriod(periodId);
        if (!canWritePlan(periodId)) {
            throw new AccessDeniedException("Not allowed");
        }
        var unit = workplaces.findUnitRef(p.workUnitId()).orElseThrow();
        String address = unit.addressLine();
        String place = unit.name() + (address == null || address.isBlank() ? "" : ", " + address);
        String provider = demonstrations.findByPeriodIdOrderByStartDateDescIdDesc(periodId).stream()
                .map(Demonstration::getEducationProvider).findFirst().orElse("");
        List<UserRef> teachers = users.findActiveRoleHolders(Role.TEACHER).stream()
                .map(u -> new UserRef(u.id(), u.fullName())).toList();
        Map<Long, UserRef> workplace = new LinkedHashMap<>();
        users.findCoachesOf(unit.id()).forEach(u -> workplace.put(u.id(), new UserRef(u.id(), u.fullName())));
        for (Role r : List.of(Role.COACH, Role.TEAM_LEAD)) {
            users.findActiveRoleHolders(r).forEach(u -> workplace.putIfAbsent(u.id(), new UserRef(u.id(),
                    u.fullName())));
        }
        return new PlanOptions(periodId, p.traineeName(), unit.name(), place, provider,
                activeTasks(unit.id()), teachers, new ArrayList<>(workplace.values()));
    }

    /** Proposes a demonstration of a unit in the period: the coaches and career agent of the period. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional
    public Demonstration propose(Long periodId, Long unitId, Plan plan) {
        PeriodDetails p = trainees.writablePeriod(periodId);
        if (!canWritePlan(periodId)) {
            throw new AccessDeniedException("Not allowed");
        }
        UnitDetail unit = catalogue.findUnit(unitId).orElseThrow(() -> new BusinessRuleException("demonstration.error.unit"));
        boolean target = p.targetUnitIds().contains(unitId);
        if (!target && documentation.countObservations(periodId, requirementIds(unit)) == 0) {
            throw new BusinessRuleException("demonstration.error.unit");
        }
        boolean open = demonstrations.findByPeriodIdOrderByStartDateDescIdDesc(periodId).stream()
                .anyMatch(d -> d.getUnitId().equals(unitId) && d.getStatus() == DemonstrationStatus.PLANNED);
        if (open) {
            throw new BusinessRuleException("demonstration.error.alreadyPlanned");
        }
        Demonstration d = new Demonstration(periodId, p.traineeId(), unitId);
        d.setWorkUnitId(p.workUnitId());
        d.setProposedBy(currentUser.requireId());
        apply(d, plan, p.startDate(), p.workUnitId());
        Demonstration saved = demonstrations.saveAndFlush(d);
        audit.recordChange(AuditAction.CREATE, "Demonstration", saved.getId(), saved.getTraineeId(),
                AuditDetails.of("what", "proposed", "unit", unit.unit().code()));
        return saved;
    }

    /** Changes the plan while the demonstration is planned; {@code version} is the one the user edited. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public Demonstration updatePlan(Long id, long version, Plan plan) {
        Demonstration d = requireForPlanWrite(id);
        if (d.getStatus() != DemonstrationStatus.PLANNED) {
            throw new BusinessRuleException("demonstration.error.notPlanned");
        }
        if (d.getVersion() != version) {
            throw new ConcurrentEditException("Demonstration", id);
        }
        if (assessments.findByDemonstrationIdOrderByRevisionAsc(id).stream().anyMatch(a -> !a.isSigned())
                && !Objects.equals(plan.teacherId(), d.getTeacherId())) {
            throw new BusinessRuleException("demonstration.error.teacherHasDraft");
        }
        Map<String, Object> before = describe(d);
        PeriodHeading period = period(d);
        apply(d, plan, period.startDate(), period.workUnitId());
        Demonstration saved = demonstrations.saveAndFlush(d);
        audit.recordChange(AuditAction.UPDATE, "Demonstration", id, d.getTraineeId(),
                AuditService.describeChanges(before, describe(saved)));
        return saved;
    }

    /** Cancels a planned demonstration, with a reason. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public Demonstration cancel(Long id, long version, String reason) {
        Demonstration d = requireForPlanWrite(id);
        if (d.getStatus() != DemonstrationStatus.PLANNED) {
            throw new BusinessRuleException("demonstration.error.notPlanned");
        }
        if (d.getVersion() != version) {
            throw new ConcurrentEditException("Demonstration", id);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("demonstration.error.cancelReason");
        }
        if (reason.length() > 500) {
            throw new BusinessRuleException("validation.maxLength", 500);
        }
        d.setStatus(DemonstrationStatus.CANCELLED);
        d.setCancelReason(reason.trim());
        Demonstration saved = demonstrations.saveAndFlush(d);
        audit.recordChange(AuditAction.UPDATE, "Demonstration", id, d.getTraineeId(),
                AuditDetails.of("what", "cancelled", "fields", "cancelReason"));
        return saved;
    }

    private void apply(Demonstration d, Plan plan, LocalDate periodStart, Long workUnitId) {
        if (plan.startDate() == null || plan.endDate() == null) {
            throw new BusinessRuleException("demonstration.error.dates");
        }
        if (plan.endDate().isBefore(plan.startDate())) {
            throw new BusinessRuleException("demonstration.error.endBeforeStart");
        }
        if (plan.startDate().isBefore(periodStart)) {
            throw new BusinessRuleException("demonstration.error.beforePeriod");
        }
        if (plan.place() == null || plan.place().isBlank()) {
            throw new BusinessRuleException("demonstration.error.place");
        }
        if (!users.isActiveWithRole(plan.teacherId(), Role.TEACHER)) {
            throw new BusinessRuleException("demonstration.error.teacher");
        }
        boolean hasUser = plan.workplaceAssessorId() != null;
        boolean hasName = plan.workplaceAssessorName() != null && !plan.workplaceAssessorName().isBlank();
        if (hasUser == hasName) {
            throw new BusinessRuleException("demonstration.error.workplaceAssessor");
        }
        if (hasUser) {
            if (!users.isActive(plan.workplaceAssessorId())) {
                throw new BusinessRuleException("demonstration.error.workplaceAssessor");
            }
            if (plan.workplaceAssessorId().equals(plan.teacherId())) {
                throw new BusinessRuleException("demonstration.error.sameAssessor");
            }
        } else if (plan.workplaceAssessorOrganisation() == null || plan.workplaceAssessorOrganisation().isBlank()) {
            throw new BusinessRuleException("demonstration.error.workplaceOrganisation");
        }
        if (plan.educationProvider() == null || plan.educationProvider().isBlank()) {
            throw new BusinessRuleException("demonstration.error.provider");
        }
        Set<Long> taskIds = plan.taskIds() == null ? Set.of() : plan.taskIds();
        if (taskIds.isEmpty() && (plan.workDescription() == null || plan.workDescription().isBlank())) {
            throw new BusinessRuleException("demonstration.error.work");
        }
        Set<Long> unitTasks = activeTasks(workUnitId).stream().map(TaskRef::id)
                .collect(Collectors.toSet());
        if (!unitTasks.containsAll(taskIds)) {
            throw new BusinessRuleException("demonstration.error.task");
        }
        checkLength(plan.place(), 300);
        checkLength(plan.workDescription(), MAX_TEXT);
        checkLength(plan.workplaceAssessorName(), 200);
        checkLength(plan.workplaceAssessorOrganisation(), 200);
        checkLength(plan.educationProvider(), 200);
        String oid = blankToNull(plan.educationProviderOid());
        if (oid != null && !Plan.ORGANISATION_OID.matcher(oid.trim()).matches()) {
            throw new BusinessRuleException("demonstration.error.providerOid");
        }
        d.setStartDate(plan.startDate());
        d.setEndDate(plan.endDate());
        d.setPlace(plan.place().trim());
        d.setPlaceCode((plan.placeKind() == null ? DemonstrationPlace.WORKPLACE : plan.placeKind()).code());
        d.setWorkDescription(blankToNull(plan.workDescription()));
        d.setTeacherId(plan.teacherId());
        d.setWorkplaceAssessorId(hasUser ? plan.workplaceAssessorId() : null);
        d.setWorkplaceAssessorName(hasUser ? null : plan.workplaceAssessorName().trim());
        d.setWorkplaceAssessorOrganisation(hasUser ? null : plan.workplaceAssessorOrganisation().trim());
        d.setEducationProvider(plan.educationProvider().trim());
        d.setEducationProviderOid(oid == null ? null : oid.trim());
        d.getTaskIds().retainAll(taskIds);
        d.getTaskIds().addAll(taskIds);
    }

    private static Map<String, Object> describe(Demonstration d) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("startDate", d.getStartDate());
        m.put("endDate", d.getEndDate());
        m.put("place", d.getPlace());
        m.put("teacher", d.getTeacherId());
        m.put("workplaceAssessor", d.getWorkplaceAssessorId());
        m.put("workplaceAssessorName", d.getWorkplaceAssessorName());
        m.put("tasks", d.getTaskIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        return m;
    }

    // ------------------------------------------------------------------ reading one

    /** The demonstration with its plan, the unit's assessment targets and criteria, and its assessments. */
    @PreAuthorize("@demonstrationAccess.mayRead(#id)")
    @Transactional(readOnly = true)
    public Detail detail(Long id) {
        Demonstration d = requireReadable(id);
        PeriodHeading p = period(d);
        Summary summary = summaries(List.of(d)).getFirst();
        UnitDetail unit = catalogue.findUnit(d.getUnitId()).orElseThrow();
        Map<Long, String> taskNames = taskNames(d.getTaskIds());
        List<TaskRef> tasks = d.getTaskIds().stream().map(t -> new TaskRef(t, taskNames.getOrDefault(t, "#" + t)))
                .sorted(Comparator.comparing(TaskRef::name)).toList();
        List<DemonstrationAssessment> all = assessments.findByDemonstrationIdOrderByRevisionAsc(id);
        Map<Long, String> names = new HashMap<>();
        List<AssessmentView> history = all.stream().map(a -> view(a, names)).toList();
        AssessmentView current = history.stream().filter(a -> a.signed() && !a.superseded())
                .reduce((a, b) -> b).orElse(null);
        AssessmentView draft = history.stream().filter(a -> !a.signed()).findFirst().orElse(null);
        Plan plan = new Plan(d.getStartDate(), d.getEndDate(), d.getPlace(), DemonstrationPlace.ofCode(d.getPlaceCode()),
                d.getWorkDescription(), Set.copyOf(d.getTaskIds()), d.getTeacherId(), d.getWorkplaceAssessorId(),
                d.getWorkplaceAssessorName(), d.getWorkplaceAssessorOrganisation(), d.getEducationProvider(),
                d.getEducationProviderOid());
        List<TargetView> targets = unit.targets().stream().filter(TargetView::current).toList();
        audit.recordRead("Demonstration", id, d.getTraineeId(),
                isAssignedTeacher(d) ? AuditDetails.what("asAssignedTeacher") : null);
        return new Detail(summary, plan, DemonstrationPlace.ofCode(d.getPlaceCode()), tasks, p.workUnitName(),
                p.organisationName(), unit.qualification().name(),
                unit.qualification().diaryNumber(), unit.demonstration(), targets, d.getCancelReason(), current, draft,
                history, d.getStatus() == DemonstrationStatus.PLANNED && canWritePlan(d.getPeriodId()),
                isAssignedTeacher(d) && d.getStatus() != DemonstrationStatus.CANCELLED);
    }

    private AssessmentView view(DemonstrationAssessment a, Map<Long, String> names) {
        Map<Long, Integer> grades = new LinkedHashMap<>();
        Map<Long, String> notes = new LinkedHashMap<>();
        for (DemonstrationTargetGrade g : a.getGrades()) {
            if (g.getGrade() != null) {
                grades.put(g.getTargetId(), g.getGrade());
            }
            if (g.getNote() != null) {
                notes.put(g.getTargetId(), g.getNote());
            }
        }
        return new AssessmentView(a.getId(), a.getVersion(), a.getRevision(), a.getAssessedOn(), grades, notes,
                a.getOverallGrade(),
                a.getDecidedBy().stream().map(DecidedBy::ofCode).collect(Collectors.toCollection(LinkedHashSet::new)),
                a.getDiscussion().stream().map(DiscussionParticipant::ofCode)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                a.getComments(), a.getRejectionReason(), a.getCorrectsId(), a.getCorrectionReason(), a.isSigned(),
                a.getSignedAt(), a.isSuperseded(), names.computeIfAbsent(a.getAssessorId(), this::userName));
    }

    /**
     * The trainee's evidence for the demonstrated unit: each current requirement with its observations in the
     * period, the diary entries about the unit's work, and the trainee's cards. Nothing else of the trainee.
     */
    @PreAuthorize("@demonstrationAccess.mayRead(#id)")
    @Transactional(readOnly = true)
    public Evidence evidence(Long id) {
        Demonstration d = requireReadable(id);
        UnitDetail unit = catalogue.findUnit(d.getUnitId()).orElseThrow();
        List<Long> reqIds = requirementIds(unit);
        Map<Long, List<ObservationRow>> rows = documentation.observationEvidence(d.getPeriodId(), reqIds);
        Set<Long> taskIds = new HashSet<>();
        rows.values().forEach(l -> l.forEach(o -> {
            if (o.taskId() != null) {
                taskIds.add(o.taskId());
            }
        }));
        Set<Long> training = tasks.findTaskIdsTraining(reqIds);
        List<DiaryRow> diary = documentation.diaryEvidence(d.getPeriodId(), reqIds, training);
        diary.forEach(e -> taskIds.addAll(e.taskIds()));
        Map<Long, String> names = taskNames(taskIds);
        Map<Long, List<ObservationEvidence>> observations = new LinkedHashMap<>();
        rows.forEach((req, list) -> observations.put(req, list.stream().map(o -> new ObservationEvidence(o.day(),
                o.taskId() == null ? null : names.get(o.taskId()), o.level(), o.note())).toList()));
        List<RequirementEvidence> requirements = new ArrayList<>();
        for (AreaView area : unit.areas()) {
            for (RequirementView r : area.requirements()) {
                if (r.current()) {
                    requirements.add(new RequirementEvidence(r.id(), area.name(), r.text(),
                            observations.getOrDefault(r.id(), List.of())));
                }
            }
        }
        List<DiaryEvidence> diaryEvidence = diary.stream().map(e -> new DiaryEvidence(e.date(), e.text(),
                e.taskIds().stream().map(t -> names.getOrDefault(t, "#" + t)).sorted().toList())).toList();
        List<CardEvidence> cards = trainees.cardEvidence(d.getTraineeId()).stream()
                .map(c -> new CardEvidence(c.name(), c.issuedOn(), c.expiresOn())).toList();
        Evidence evidence = new Evidence(requirements, diaryEvidence, cards);
        audit.recordRead("DemonstrationEvidence", id, d.getTraineeId(), AuditDetails.of("unit", unit.unit().code()));
        return evidence;
    }

    private List<TaskRef> activeTasks(Long workUnitId) {
        return tasks.findActiveTaskRefs(workUnitId).stream().map(t -> new TaskRef(t.id(), t.name())).toList();
    }

    private Map<Long, String> taskNames(Collection<Long> taskIds) {
        Map<Long, String> names = new HashMap<>();
        tasks.findTaskRefs(taskIds).forEach((id, t) -> names.put(id, t.name()));
        return names;
    }

    private static List<Long> requirementIds(UnitDetail unit) {
        return unit.areas().stream().flatMap(a -> a.requirements().stream()).filter(RequirementView::current)
                .map(RequirementView::id).toList();
    }

    // ------------------------------------------------------------------ assessment

    /**
     * Saves the assigned teacher's assessment as a draft, or signs it ({@code sign}), which locks it and marks the
     * demonstration assessed (a signed correction supersedes the assessment it corrects). A draft may be saved
     * incomplete; signing requires every target's grade on the unit's scale, the overall grade, who decided, who
     * took part in the discussion (or that none was held), and the reason when the result is "not passed".
     */
    @PreAuthorize("hasRole('TEACHER') and @demonstrationAccess.mayAssess(#id)")
    @Transactional
    public AssessmentView saveAssessment(Long id, AssessmentInput input, boolean sign) {
        Demonstration d = requireForAssessment(id);
        if (d.getStatus() == DemonstrationStatus.CANCELLED) {
            throw new BusinessRuleException("demonstration.error.cancelled");
        }
        if (d.getStartDate().isAfter(Time.today())) {
            throw new BusinessRuleException("demonstration.error.notStarted");
        }
        List<DemonstrationAssessment> all = assessments.findByDemonstrationIdOrderByRevisionAsc(id);
        DemonstrationAssessment draft = all.stream().filter(a -> !a.isSigned()).findFirst().orElse(null);
        if (draft == null) {
            if (all.stream().anyMatch(DemonstrationAssessment::isSigned)) {
                throw new BusinessRuleException("demonstration.error.locked");
            }
            if (input.version() != -1) {
                throw new ConcurrentEditException("DemonstrationAssessment", null);
            }
            draft = new DemonstrationAssessment(id, 1, currentUser.requireId());
        } else if (draft.getVersion() != input.version()) {
            throw new ConcurrentEditException("DemonstrationAssessment", draft.getId());
        }
        UnitDetail unit = catalogue.findUnit(d.getUnitId()).orElseThrow();
        LevelScale scale = unit.unit().scale() == null ? LevelScale.ONE_TO_FIVE : unit.unit().scale();
        List<Long> targetIds = unit.targets().stream().filter(TargetView::current).map(TargetView::id).toList();
        validate(input, scale, targetIds, sign);
        boolean isNew = draft.getId() == null;
        applyAssessment(draft, input, targetIds);
        if (!isNew) {
            draft.markChanged();
        }
        if (sign) {
            draft.setSignedAt(Instant.now());
        }
        DemonstrationAssessment saved = assessments.saveAndFlush(draft);
        if (sign) {
            if (saved.getCorrectsId() != null) {
                DemonstrationAssessment old = assessments.findById(saved.getCorrectsId()).orElseThrow();
                old.setSuperseded(true);
                assessments.saveAndFlush(old);
            }
            d.setStatus(DemonstrationStatus.ASSESSED);
            demonstrations.saveAndFlush(d);
        }
        String what = AuditDetails.of("what", sign ? "signed" : "draft", "revision", saved.getRevision(),
                "targets", saved.getGrades().size(), "corrects", saved.getCorrectsId());
        audit.recordChange(isNew ? AuditAction.CREATE : AuditAction.UPDATE, "DemonstrationAssessment", saved.getId(),
                d.getTraineeId(), what);
        return view(saved, new HashMap<>());
    }

    /**
     * Starts a correction of the signed assessment: a new draft, prefilled from it, that refers to it. The signed
     * one stays as it is (and current) until the correction is signed.
     */
    @PreAuthorize("hasRole('TEACHER') and @demonstrationAccess.mayAssess(#id)")
    @Transactional
    public AssessmentView startCorrection(Long id, String reason) {
        Demonstration d = requireForAssessment(id);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("demonstration.error.correctionReason");
        }
        if (reason.length() > 1000) {
            throw new BusinessRuleException("validation.maxLength", 1000);
        }
        List<DemonstrationAssessment> all = assessments.findByDemonstrationIdOrderByRevisionAsc(id);
        if (all.stream().anyMatch(a -> !a.isSigned())) {
            throw new BusinessRuleException("demonstration.error.draftOpen");
        }
        DemonstrationAssessment old = all.stream().filter(a -> a.isSigned() && !a.isSuperseded())
                .reduce((a, b) -> b).orElseThrow(() -> new BusinessRuleException("demonstration.error.notAssessed"));
        DemonstrationAssessment c = new DemonstrationAssessment(id, all.getLast().getRevision() + 1,
                currentUser.requireId());
        c.setCorrectsId(old.getId());
        c.setCorrectionReason(reason.trim());
        c.setAssessedOn(old.getAssessedOn());
        c.setOverallGrade(old.getOverallGrade());
        c.setDecidedBy(old.getDecidedBy());
        c.setDiscussion(old.getDiscussion());
        c.setComments(old.getComments());
        c.setRejectionReason(old.getRejectionReason());
        for (DemonstrationTargetGrade g : old.getGrades()) {
            DemonstrationTargetGrade copy = new DemonstrationTargetGrade(c, g.getTargetId());
            copy.setGrade(g.getGrade());
            copy.setNote(g.getNote());
            c.getGrades().add(copy);
        }
        DemonstrationAssessment saved = assessments.saveAndFlush(c);
        audit.recordChange(AuditAction.CREATE, "DemonstrationAssessment", saved.getId(), d.getTraineeId(),
                AuditDetails.of("what", "correction", "corrects", old.getId()));
        return view(saved, new HashMap<>());
    }

    private static void validate(AssessmentInput in, LevelScale scale, List<Long> targetIds, boolean sign) {
        Map<Long, Integer> grades = in.targetGrades() == null ? Map.of() : in.targetGrades();
        for (var e : grades.entrySet()) {
            if (!targetIds.contains(e.getKey())) {
                throw new BusinessRuleException("demonstration.error.target");
            }
            if (e.getValue() != null && !DemonstrationGrades.isAllowed(scale, e.getValue())) {
                throw new BusinessRuleException("demonstration.error.grade");
            }
        }
        if (in.overallGrade() != null && !DemonstrationGrades.isAllowed(scale, in.overallGrade())) {
            throw new BusinessRuleException("demonstration.error.grade");
        }
        if (in.assessedOn() != null && in.assessedOn().isAfter(Time.today())) {
            throw new BusinessRuleException("demonstration.error.assessedOn");
        }
        checkLength(in.comments(), MAX_TEXT);
        checkLength(in.rejectionReason(), MAX_REASON);
        if (in.targetNotes() != null) {
            in.targetNotes().values().forEach(n -> checkLength(n, 1000));
        }
        Set<DiscussionParticipant> discussion = in.discussion() == null ? Set.of() : in.discussion();
        if (discussion.contains(DiscussionParticipant.NO_DISCUSSION) && discussion.size() > 1) {
            throw new BusinessRuleException("demonstration.error.noDiscussion");
        }
        if (!sign) {
            return;
        }
        if (in.assessedOn() == null) {
            throw new BusinessRuleException("demonstration.error.assessedOn");
        }
        for (Long t : targetIds) {
            if (grades.get(t) == null) {
                throw new BusinessRuleException("demonstration.error.targetMissing");
            }
        }
        if (in.overallGrade() == null) {
            throw new BusinessRuleException("demonstration.error.overall");
        }
        if (in.decidedBy() == null || in.decidedBy().isEmpty()) {
            throw new BusinessRuleException("demonstration.error.decidedBy");
        }
        if (discussion.isEmpty()) {
            throw new BusinessRuleException("demonstration.error.discussion");
        }
        if (!DemonstrationGrades.passed(scale, in.overallGrade())
                && (in.rejectionReason() == null || in.rejectionReason().isBlank())) {
            throw new BusinessRuleException("demonstration.error.rejectionReason");
        }
    }

    private static void applyAssessment(DemonstrationAssessment a, AssessmentInput in, List<Long> targetIds) {
        a.setAssessedOn(in.assessedOn());
        a.setOverallGrade(in.overallGrade());
        a.setDecidedBy(in.decidedBy() == null ? Set.of()
                : in.decidedBy().stream().map(DecidedBy::code).collect(Collectors.toSet()));
        a.setDiscussion(in.discussion() == null ? Set.of()
                : in.discussion().stream().map(DiscussionParticipant::code).collect(Collectors.toSet()));
        a.setComments(blankToNull(in.comments()));
        boolean passed = in.overallGrade() == null || in.overallGrade() >= 1;
        a.setRejectionReason(passed ? null : blankToNull(in.rejectionReason()));
        Map<Long, Integer> grades = in.targetGrades() == null ? Map.of() : in.targetGrades();
        Map<Long, String> notes = in.targetNotes() == null ? Map.of() : in.targetNotes();
        Map<Long, DemonstrationTargetGrade> existing = a.getGrades().stream()
                .collect(Collectors.toMap(DemonstrationTargetGrade::getTargetId, Function.identity()));
        for (Long t : targetIds) {
            DemonstrationTargetGrade g = existing.get(t);
            if (g == null) {
                g = new DemonstrationTargetGrade(a, t);
                a.getGrades().add(g);
            }
            g.setGrade(grades.get(t));
            g.setNote(blankToNull(notes.get(t)));
        }
        a.getGrades().removeIf(g -> !targetIds.contains(g.getTargetId()));
    }

    private static void checkLength(String s, int max) {
        if (s != null && s.length() > max) {
            throw new BusinessRuleException("validation.maxLength", max);
        }
    }
}

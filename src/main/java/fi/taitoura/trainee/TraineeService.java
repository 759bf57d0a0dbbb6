package fi.taitoura.trainee;

import fi.taitoura.base.time.Time;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkplaceService;
import fi.taitoura.catalogue.CatalogueReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainees and their training periods, goals and cards. Who may see and change them is decided by
 * {@link TraineeAccess} (named at each method): a coach sees the trainees with a period in the work units they
 * coach (or where they are a coach of the period); a career agent the periods assigned to them; a team lead the
 * periods of their work units. A referring case worker sees no period: only the documents delivered to them
 * ({@link #findReferredPeriods}). Every read and change is written to the audit log.
 */
@Service
public class TraineeService {

    /** Work trial: at most 12 months in total, and 6 with the same organiser. */
    static final long WORK_TRIAL_TOTAL_MONTHS = 12;
    static final long WORK_TRIAL_SAME_ORGANISER_MONTHS = 6;

    private final TraineeRepository trainees;
    private final TrainingPeriodRepository periods;
    private final PeriodFactsQueries factsQueries;
    private final PersonalGoalRepository goals;
    private final CardTypeRepository cardTypes;
    private final TraineeCardRepository cards;
    private final PersonalIdCipher cipher;
    private final CurrentUser currentUser;
    private final UserService users;
    private final WorkplaceService workplaces;
    private final CatalogueReader catalogue;
    private final TraineeAccess access;
    private final AuditService audit;
    private final org.springframework.beans.factory.ObjectProvider<TraineeDuplicateService> duplicates;

    TraineeService(TraineeRepository trainees, TrainingPeriodRepository periods, PersonalGoalRepository goals,
                   CardTypeRepository cardTypes, TraineeCardRepository cards, PersonalIdCipher cipher,
                   CurrentUser currentUser, UserService users, WorkplaceService workplaces,
                   CatalogueReader catalogue, TraineeAccess access, AuditService audit,
                   org.springframework.beans.factory.ObjectProvider<TraineeDuplicateService> duplicates,
                   PeriodFactsQueries factsQueries) {
        this.factsQueries = factsQueries;
        this.trainees = trainees;
        this.periods = periods;
        this.goals = goals;
        this.cardTypes = cardTypes;
        this.cards = cards;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.users = users;
        this.workplaces = workplaces;
        this.catalogue = catalogue;
        this.access = access;
        this.audit = audit;
        this.duplicates = duplicates;
    }

    // ------------------------------------------------------------------ access

    /** The names of the authors of the goals' follow-ups, by user id (one query). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> followUpAuthorNames(Collection<PersonalGoal> goals) {
        return users.findNames(goals.stream().flatMap(g -> g.getFollowUps().stream()).map(GoalFollowUp::getAuthorId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
    }

    /** True when the signed-in user may see the period (its coaches and unit, career agent, referrer, ...). */
    @Transactional(readOnly = true)
    public boolean mayReadPeriod(Long periodId) {
        return access.isReadable(periodId);
    }

    /** True when the signed-in user may record in the period (its coaches and their units, its career agent). */
    @Transactional(readOnly = true)
    public boolean mayWritePeriod(Long periodId) {
        return access.isWritable(periodId);
    }

    /** A period as another feature names it beside its own records. */
    public record PeriodHeading(Long periodId, Long traineeId, String traineeName, Long workUnitId,
                                String workUnitName, String organisationName, LocalDate startDate,
                                LocalDate plannedEndDate, LocalDate endDate) {
    }

    /** Who referred the trainee to a period: a Taitoura user, someone known by name only, or nobody. */
    public enum ReferrerKind { ACCOUNT, NAME_ONLY, NONE }

    /**
     * The kind of the period's referrer (no name, no contact), for a feature that has decided itself that the
     * signed-in user may see its record about the period (summary: how a finalised summary reaches the referrer).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReferrerKind referrerKind(Long periodId) {
        TrainingPeriod p = periods.findById(periodId).orElseThrow(() -> new AccessDeniedException("No period"));
        if (p.getReferrerUserId() != null) {
            return ReferrerKind.ACCOUNT;
        }
        return p.getReferrerName() != null || p.getReferrerOrganisation() != null ? ReferrerKind.NAME_ONLY
                : ReferrerKind.NONE;
    }

    /**
     * The headings of the periods (one query). For a feature that has decided itself that the signed-in user may
     * see its record about the period (demonstration: its assigned teacher, who cannot read the period); that
     * feature audits its read. Nothing of the trainee beyond the name.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, PeriodHeading> periodHeadings(Collection<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return Map.of();
        }
        // one period (a page about one record): a primary-key load, no query to translate (ADR 0041)
        Long only = periodIds.size() == 1 ? periodIds.iterator().next() : null;
        List<TrainingPeriod> list = only != null ? periods.findById(only).stream().toList()
                : periods.findAllById(periodIds);
        Map<Long, WorkplaceService.UnitRef> units = unitsOf(list);
        return list.stream().collect(Collectors.toMap(TrainingPeriod::getId, p -> heading(p, units)));
    }

    private static PeriodHeading heading(TrainingPeriod p, Map<Long, WorkplaceService.UnitRef> units) {
        WorkplaceService.UnitRef u = units.get(p.getWorkUnitId());
        return new PeriodHeading(p.getId(), p.getTrainee().getId(), p.getTrainee().getDisplayName(),
                p.getWorkUnitId(), u.name(), u.organisationName(), p.getStartDate(), p.getPlannedEndDate(),
                p.getEndDate());
    }

    /** The work units of the periods as the workplace feature names them, by id (one read). */
    private Map<Long, WorkplaceService.UnitRef> unitsOf(Collection<TrainingPeriod> list) {
        return workplaces.findUnitRefs(list.stream().map(TrainingPeriod::getWorkUnitId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(WorkplaceService.UnitRef::id, u -> u));
    }

    /** A card as evidence: name, issue and expiry dates. */
    public record CardEvidence(String name, LocalDate issuedOn, LocalDate expiresOn) {
    }

    /**
     * The trainee's cards, newest first, as evidence for a demonstration: for a feature that has decided itself
     * that the signed-in user may see them (the assigned teacher) and audits the read.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CardEvidence> cardEvidence(Long traineeId) {
        return cards.findByTraineeIdOrderByIssuedOnDesc(traineeId).stream()
                .map(c -> new CardEvidence(c.getCardType().getName(), c.getIssuedOn(), c.getExpiresOn())).toList();
    }

    /** True when the signed-in user may see the period ({@link TraineeAccess}). */
    public boolean canRead(TrainingPeriod p) {
        return access.canRead(p);
    }

    /** True when another feature grants the signed-in user read access to the period (see {@link TraineeAccessGrant}). */
    public boolean isGrantedPeriod(TrainingPeriod p) {
        return access.isGrantedPeriod(p);
    }

    /** {@link #canWrite(TrainingPeriod)} by id, without throwing: false for a period that does not exist. */
    @Transactional(readOnly = true)
    public boolean canWritePeriod(Long periodId) {
        return access.isWritable(periodId);
    }

    /** True when the signed-in user may record and change data of the period ({@link TraineeAccess}). */
    public boolean canWrite(TrainingPeriod p) {
        return access.canWrite(p);
    }

    /** The periods the signed-in user may see, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TrainingPeriod> findVisiblePeriods() {
        Long organisation = currentUser.organisationId().orElse(null);
        if (organisation == null) {
            return List.of();
        }
        Set<Long> units = access.myUnitIds();
        Set<Long> organisationUnits = access.myOrganisationUnitIds();
        if (organisationUnits.isEmpty()) {
            return List.of();
        }
        return periods.findVisible(currentUser.requireId(), organisationUnits, units.isEmpty() ? List.of(-1L) : units,
                access.coachScope(), access.coachScopeEndedBefore(), currentUser.hasRole(Role.CAREER_AGENT),
                access.agentScopeEndedBefore());
    }

    /** A period a case worker referred, as the documents delivered to them name it: no client data beyond the name. */
    public record ReferredPeriod(Long periodId, Long traineeId, String traineeName, String workUnitName,
                                 LocalDate start, LocalDate end, boolean summaries, boolean certificates) {
    }

    /**
     * The periods the signed-in case worker referred, with which documents the trainee consented to deliver to
     * them ({@link TraineeAccess#receivesSummaries}, {@link TraineeAccess#receivesCertificates}); only those with
     * at least one. For the summary and certificate features, which list the delivered documents and audit that.
     */
    @PreAuthorize("hasRole('CASE_WORKER')")
    @Transactional(readOnly = true)
    public List<ReferredPeriod> findReferredPeriods() {
        List<TrainingPeriod> list = periods.findByReferrerUserIdOrderByStartDateDescIdDesc(currentUser.requireId());
        Map<Long, WorkplaceService.UnitRef> units = unitsOf(list);
        return list.stream()
                .map(p -> new ReferredPeriod(p.getId(), p.getTrainee().getId(), p.getTrainee().getDisplayName(),
                        units.get(p.getWorkUnitId()).name(), p.getStartDate(),
                        p.getEndDate() != null ? p.getEndDate() : p.getPlannedEndDate(),
                        p.getTrainee().getConsents().contains(Consent.SUMMARY_TO_REFERRER),
                        p.getTrainee().getConsents().contains(Consent.CERTIFICATE_TO_REFERRER)))
                .filter(r -> r.summaries() || r.certificates()).toList();
    }

    /** One row per visible trainee, with their most recent visible period; the listing is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TraineeRow> findVisibleTrainees() {
        Map<Long, TraineeRow> rows = new LinkedHashMap<>();
        LocalDate today = Time.today();
        List<TrainingPeriod> visible = findVisiblePeriods();
        Map<Long, WorkplaceService.UnitRef> units = unitsOf(visible);
        for (TrainingPeriod p : visible) {
            rows.putIfAbsent(p.getTrainee().getId(), new TraineeRow(p.getTrainee().getId(),
                    p.getTrainee().getDisplayName(), units.get(p.getWorkUnitId()).name(), p.getStatus(), p.getStartDate(),
                    p.getEndDate() != null ? p.getEndDate() : p.getPlannedEndDate(), p.isActiveOn(today)));
        }
        List<TraineeRow> list = new ArrayList<>(rows.values());
        audit.recordListRead("TraineeList", rows.keySet(), null);
        return list;
    }

    /** A trainee the signed-in user may see; the read is audited. */
    @PreAuthorize("@traineeAccess.mayReadTrainee(#traineeId)")
    @Transactional(readOnly = true)
    public Trainee requireTraineeForRead(Long traineeId) {
        Trainee t = trainees.findById(traineeId).orElseThrow(() -> new AccessDeniedException("No such trainee"));
        if (periods.findByTraineeIdOrderByStartDateDesc(traineeId).stream().noneMatch(this::canRead)
                && !access.isGrantedTrainee(traineeId)) {
            audit.recordRefused("Trainee", traineeId, traineeId);
            throw new AccessDeniedException("Not allowed");
        }
        audit.recordRead("Trainee", traineeId, traineeId, null);
        return t;
    }

    /** {@link #requireTraineeForRead} as a record, for another feature; the read (or refusal) is audited. */
    @PreAuthorize("@traineeAccess.mayReadTrainee(#traineeId)")
    @Transactional(readOnly = true)
    public TraineeRef readTrainee(Long traineeId) {
        return ref(requireTraineeForRead(traineeId));
    }

    private static TraineeRef ref(Trainee t) {
        return new TraineeRef(t.getId(), t.getFirstName(), t.getLastName(), t.getDateOfBirth(), t.getPhone(),
                t.getEmail(), t.getLanguages());
    }

    /**
     * The trainees among {@code traineeIds} the signed-in user may see, as references (for lists of another
     * feature). Not audited here: the caller records which trainees it shows.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TraineeRef> findRefs(java.util.Collection<Long> traineeIds) {
        List<TraineeRef> refs = new ArrayList<>();
        for (Trainee t : trainees.findAllById(traineeIds)) {
            if (access.isGrantedTrainee(t.getId())
                    || periods.findByTraineeIdOrderByStartDateDesc(t.getId()).stream().anyMatch(this::canRead)) {
                refs.add(new TraineeRef(t.getId(), t.getFirstName(), t.getLastName(), t.getDateOfBirth(),
                        t.getPhone(), t.getEmail(), t.getLanguages()));
            }
        }
        return refs;
    }

    /**
     * Creates a client record without a training period, for a feature that serves clients straight from a
     * referrer (supported employment); that feature then grants access to it. The personal identity code is
     * optional, as for trainees.
     */
    @PreAuthorize("hasAnyRole('JOB_COACH', 'TEAM_LEAD')")
    @Transactional
    public Long createClient(TraineeRef client, String personalId, Long organisationId) {
        Trainee t = new Trainee();
        t.setFirstName(client.firstName() == null ? null : client.firstName().trim());
        t.setLastName(client.lastName() == null ? null : client.lastName().trim());
        t.setDateOfBirth(client.dateOfBirth());
        t.setPhone(blankToNull(client.phone()));
        t.setEmail(blankToNull(client.email()));
        t.setLanguages(blankToNull(client.languages()));
        validateTrainee(t);
        Long duplicateOf = applyPersonalId(t, personalId);
        t.setOrganisationId(workplaces.findOrganisationRef(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId)).id());
        Trainee saved = trainees.save(t);
        audit.recordChange(AuditAction.CREATE, "Trainee", saved.getId(), saved.getId(),
                AuditService.describeChanges(Map.of(), describe(saved)));
        if (duplicateOf != null) {
            duplicates.getObject().suspected(saved.getId(), duplicateOf);
        }
        return saved.getId();
    }

    /** The trainee's periods the signed-in user may see, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TrainingPeriod> findPeriodsOfTrainee(Long traineeId) {
        List<TrainingPeriod> list = periods.findByTraineeIdOrderByStartDateDesc(traineeId).stream()
                .filter(this::canRead).toList();
        list.forEach(p -> p.getTargetUnitIds().size());
        return list;
    }

    /** A period the signed-in user may see; the read is audited. */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public TrainingPeriod requirePeriodForRead(Long periodId) {
        TrainingPeriod p = periods.findById(periodId).orElseThrow(() -> new AccessDeniedException("No such period"));
        if (!canRead(p)) {
            audit.recordRefused("TrainingPeriod", periodId, p.getTrainee().getId());
            throw new AccessDeniedException("Not allowed");
        }
        p.getTargetUnitIds().size();
        audit.recordRead("TrainingPeriod", periodId, p.getTrainee().getId(), null);
        return p;
    }

    /** The ids of the periods the signed-in user may see, newest first; the caller audits what it lists. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> findVisiblePeriodIds() {
        return findVisiblePeriods().stream().map(TrainingPeriod::getId).toList();
    }

    /**
     * The ids of the periods the signed-in user may record in (visible and writable: their coaches' and career
     * agent's), for a feature that lists its own records of them; that feature audits its list.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> findWritablePeriodIds() {
        return findVisiblePeriods().stream().filter(this::canWrite).map(TrainingPeriod::getId).toList();
    }

    /**
     * Sets the end date of a period the signed-in user may change, e.g. from the outcome form when the period ended
     * without one: the period's rules as in {@link #savePeriod}; the change is audited.
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional
    public void endPeriod(Long periodId, LocalDate endDate) {
        if (endDate == null) {
            throw new BusinessRuleException("validation.required");
        }
        TrainingPeriod p = requirePeriodForWrite(periodId);
        Map<String, Object> before = describe(p);
        p.setEndDate(endDate);
        checkPeriod(p);
        TrainingPeriod saved = periods.saveAndFlush(p);
        audit.recordChange(AuditAction.UPDATE, "TrainingPeriod", saved.getId(), saved.getTrainee().getId(),
                AuditService.describeChanges(before, describe(saved)));
    }

    /** A period as another feature shows it beside its own record: ids, work unit, dates (end or planned end). */
    public record PeriodRef(Long periodId, Long traineeId, String workUnitName, LocalDate startDate,
                            LocalDate endDate) {
    }

    /** {@link #requirePeriodForRead} as a record, for another feature; the read is audited. */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public PeriodRef readPeriodRef(Long periodId) {
        return periodRef(requirePeriodForRead(periodId));
    }

    /**
     * What a read model of another feature needs of a period (the competence ledger): its trainee, first day and
     * target units, read by one query instead of loading the period with its trainee, work unit and staff
     * (issue 18). The access rule is this method's {@code @PreAuthorize}, the rule of {@link #requirePeriodForRead};
     * the read is audited as there.
     */
    public record PeriodBasics(Long periodId, Long traineeId, LocalDate startDate, Set<Long> targetUnitIds,
                               Long traineeOrganisationId) {
    }

    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public PeriodBasics readPeriodBasics(Long periodId) {
        List<Object[]> rows = periods.findBasics(periodId);
        if (rows.isEmpty()) {
            throw new AccessDeniedException("No such period");
        }
        Long traineeId = (Long) rows.get(0)[0];
        Long organisationId = (Long) rows.get(0)[3];
        PeriodBasics basics = new PeriodBasics(periodId, traineeId, (LocalDate) rows.get(0)[1], rows.stream()
                .map(r -> (Long) r[2]).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()),
                organisationId);
        audit.recordRead("TrainingPeriod", periodId, traineeId, organisationId, null);
        return basics;
    }

    /** {@link #requirePeriodForWrite} as a record, for another feature that records about the period. */
    @PreAuthorize("@traineeAccess.mayWritePeriod(#periodId)")
    @Transactional(readOnly = true)
    public PeriodRef writablePeriodRef(Long periodId) {
        return periodRef(requirePeriodForWrite(periodId));
    }

    private PeriodRef periodRef(TrainingPeriod p) {
        PeriodHeading heading = periodHeadings(List.of(p.getId())).get(p.getId());
        return new PeriodRef(p.getId(), p.getTrainee().getId(), heading.workUnitName(), p.getStartDate(),
                p.getEndDate() != null ? p.getEndDate() : p.getPlannedEndDate());
    }

    /**
     * The periods of a work unit running on the day that the signed-in user may document (the coach's day),
     * trainees in name order.
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<TrainingPeriod> findPeriodsForDay(Long workUnitId, LocalDate day) {
        return periods.findRunningInUnit(workUnitId, day).stream().filter(this::canWrite).toList();
    }

    /** {@link #findPeriodsForDay} as headings, in the same (name) order. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<PeriodHeading> findPeriodHeadingsForDay(Long workUnitId, LocalDate day) {
        // the periods are loaded already: their headings from them, not read again by id (issue 18)
        List<TrainingPeriod> list = findPeriodsForDay(workUnitId, day);
        Map<Long, WorkplaceService.UnitRef> units = unitsOf(list);
        return list.stream().map(p -> heading(p, units)).toList();
    }

    /** A period the signed-in user may change (its coaches and career agent). */
    @PreAuthorize("@traineeAccess.mayWritePeriod(#periodId)")
    @Transactional(readOnly = true)
    public TrainingPeriod requirePeriodForWrite(Long periodId) {
        TrainingPeriod p = periods.findById(periodId).orElseThrow(() -> new AccessDeniedException("No such period"));
        if (!canWrite(p)) {
            audit.recordRefused("TrainingPeriod", periodId, p.getTrainee().getId());
            throw new AccessDeniedException("Not allowed");
        }
        p.getTargetUnitIds().size();
        return p;
    }

    /**
     * {@link #requirePeriodForWrite} of several periods at once, by id (a coach's day: one query instead of one
     * load of each period with its trainee, work unit and staff). A missing or refused one fails the call.
     */
    @PreAuthorize("@traineeAccess.mayWritePeriods(#periodIds)")
    @Transactional(readOnly = true)
    public Map<Long, TrainingPeriod> requirePeriodsForWrite(Collection<Long> periodIds) {
        Map<Long, TrainingPeriod> found = new java.util.HashMap<>();
        if (!periodIds.isEmpty()) {
            periods.findWithTraineeAndStaff(Set.copyOf(periodIds)).forEach(p -> found.put(p.getId(), p));
        }
        Map<Long, TrainingPeriod> result = new LinkedHashMap<>();
        for (Long id : periodIds) {
            TrainingPeriod p = found.get(id);
            if (p == null) {
                throw new AccessDeniedException("No such period");
            }
            if (!canWrite(p)) {
                audit.recordRefused("TrainingPeriod", id, p.getTrainee().getId());
                throw new AccessDeniedException("Not allowed");
            }
            result.put(id, p);
        }
        return result;
    }

    /**
     * A period as a feature that records about it needs it (a coach's day, a diary entry): ids, the trainee's name
     * (for messages), work unit, first and last day (end date, else planned end), the trainee's organisation (for
     * the audit entries of what is recorded).
     */
    public record WritablePeriod(Long periodId, Long traineeId, String traineeName, Long workUnitId,
                                 LocalDate startDate, LocalDate lastDay, Long traineeOrganisationId) {

        /** True when the period runs on the day ({@link TrainingPeriod#isActiveOn}). */
        public boolean isActiveOn(LocalDate day) {
            return !day.isBefore(startDate) && !day.isAfter(lastDay);
        }
    }

    /**
     * The periods the signed-in user may record in, by id, as records, by one query (issue 18: a coach's day no
     * longer loads its periods with their trainees, work units and staff). The access rule is this method's
     * {@code @PreAuthorize}, the rule of {@link #requirePeriodsForWrite}: a missing or refused one fails the call
     * (refusals audited there). In the order asked.
     */
    @PreAuthorize("@traineeAccess.mayWritePeriods(#periodIds)")
    @Transactional(readOnly = true)
    public Map<Long, WritablePeriod> writablePeriods(Collection<Long> periodIds) {
        Map<Long, WritablePeriod> found = new java.util.HashMap<>();
        if (!periodIds.isEmpty()) {
            for (Object[] r : factsQueries.recordingFacts(Set.copyOf(periodIds))) { // SQL: ADR 0038
                found.put((Long) r[0], new WritablePeriod((Long) r[0], (Long) r[1], r[2] + " " + r[3], (Long) r[4],
                        (LocalDate) r[5], (LocalDate) r[6], (Long) r[7]));
            }
        }
        Map<Long, WritablePeriod> result = new LinkedHashMap<>();
        for (Long id : periodIds) {
            WritablePeriod p = found.get(id);
            if (p == null) {
                throw new AccessDeniedException("No such period");
            }
            result.put(id, p);
        }
        return result;
    }

    // ------------------------------------------------------------------ periods as records (ADR 0027)

    /** {@link #requirePeriodForRead} as a record, for another feature; the read (or refusal) is audited. */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public PeriodDetails readPeriod(Long periodId) {
        return details(List.of(requirePeriodForRead(periodId))).get(0);
    }

    /** {@link #requirePeriodForWrite} as a record, for another feature that records about the period. */
    @PreAuthorize("@traineeAccess.mayWritePeriod(#periodId)")
    @Transactional(readOnly = true)
    public PeriodDetails writablePeriod(Long periodId) {
        return details(List.of(requirePeriodForWrite(periodId))).get(0);
    }

    /** {@link #findVisiblePeriods} as records, newest first; not audited here (the caller records its list). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PeriodDetails> visiblePeriods() {
        return details(findVisiblePeriods());
    }

    /** The visible periods the signed-in user may record in, as records, newest first (one query for all). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PeriodDetails> writableVisiblePeriods() {
        return details(findVisiblePeriods().stream().filter(this::canWrite).toList());
    }

    /** True when another feature grants the signed-in user read access to the period; records nothing. */
    public boolean isGrantedPeriod(Long periodId) {
        return access.isGranted(periodId);
    }

    /** {@link #findPeriodsOfTrainee} as records, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PeriodDetails> periodsOfTrainee(Long traineeId) {
        return details(findPeriodsOfTrainee(traineeId));
    }

    /** True when the signed-in user may record in the period ({@link TraineeAccess}); records nothing. */
    @Transactional(readOnly = true)
    public boolean canWrite(PeriodDetails p) {
        return p != null && access.isWritable(p.periodId());
    }

    /** The periods as records, with the work units' and organisations' names read once for all of them. */
    private List<PeriodDetails> details(List<TrainingPeriod> list) {
        Map<Long, WorkplaceService.UnitRef> units = unitsOf(list);
        return list.stream().map(p -> {
            WorkplaceService.UnitRef u = units.get(p.getWorkUnitId());
            return new PeriodDetails(p.getId(), p.getTrainee().getId(), p.getTrainee().getDisplayName(),
                    p.getTrainee().getDateOfBirth(), p.getTrainee().getConsents(), u.id(), u.name(),
                    u.organisationId(), u.organisationName(), p.getCoachIds(), p.getCareerAgentId(),
                    p.getReferrerUserId(), p.getReferrerName(), p.getReferrerOrganisation(), p.getTargetUnitIds(),
                    p.getStatus(), p.getServiceForm(), p.getStartDate(), p.getPlannedEndDate(), p.getEndDate(),
                    p.getDaysPerWeek(), p.getHoursPerDay());
        }).toList();
    }

    /** A personal goal as another feature shows it (the period summary). */
    public record GoalLine(Long goalId, String description, String support, GoalOutcome outcome) {
    }

    /** {@link #findGoals} as records; the read of the period is audited there. */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<GoalLine> readGoals(Long periodId) {
        return findGoals(periodId).stream()
                .map(g -> new GoalLine(g.getId(), g.getDescription(), g.getSupport(), g.getOutcome())).toList();
    }

    /** {@link #findCards} as evidence records, newest first; the read of the trainee is audited there. */
    @PreAuthorize("@traineeAccess.mayReadTrainee(#traineeId)")
    @Transactional(readOnly = true)
    public List<CardEvidence> readCards(Long traineeId) {
        return findCards(traineeId).stream()
                .map(c -> new CardEvidence(c.getCardType().getName(), c.getIssuedOn(), c.getExpiresOn())).toList();
    }

    // ------------------------------------------------------------------ trainees

    /** The henkilötunnus in full, for a user who may see the trainee; the reveal itself is audited. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayReadTrainee(#traineeId)")
    @Transactional(readOnly = true)
    public Optional<String> revealPersonalId(Long traineeId) {
        Trainee t = requireTraineeForRead(traineeId);
        if (t.getPersonalIdEncrypted() == null) {
            return Optional.empty();
        }
        audit.recordRead("Trainee", traineeId, traineeId, AuditDetails.what("personalIdShown"));
        return Optional.of(cipher.decrypt(t.getPersonalIdEncrypted()));
    }

    /** The henkilötunnus masked (birth-date part only), or empty. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String maskedPersonalId(Trainee t) {
        return t.getPersonalIdEncrypted() == null ? ""
                : PersonalIdentityCode.mask(cipher.decrypt(t.getPersonalIdEncrypted()));
    }

    /**
     * Creates a trainee together with the first period (a trainee is always reached through a period).
     * {@code personalId} is optional; when given it must be valid and not belong to another trainee.
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT', 'TEAM_LEAD')")
    @Transactional
    public TrainingPeriod createTrainee(Trainee trainee, String personalId, TrainingPeriod firstPeriod) {
        validateTrainee(trainee);
        Long duplicateOf = applyPersonalId(trainee, personalId);
        if (firstPeriod.getWorkUnitId() == null) {
            throw new BusinessRuleException("period.error.workUnit");
        }
        trainee.setOrganisationId(workplaces.findUnitRef(firstPeriod.getWorkUnitId())
                .orElseThrow(() -> new BusinessRuleException("period.error.workUnit")).organisationId());
        Trainee saved = trainees.save(trainee);
        audit.recordChange(AuditAction.CREATE, "Trainee", saved.getId(), saved.getId(),
                AuditService.describeChanges(Map.of(), describe(saved)));
        if (duplicateOf != null) {
            duplicates.getObject().suspected(saved.getId(), duplicateOf);
        }
        firstPeriod.setTrainee(saved);
        return savePeriodChecked(firstPeriod);
    }

    /**
     * Saves changes to a trainee's details. {@code personalId}: null keeps the stored code, blank removes it,
     * otherwise it replaces it.
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT', 'TEAM_LEAD', 'JOB_COACH') and @traineeAccess.mayEditTrainee(#edited.id)")
    @Transactional
    public Trainee updateTrainee(Trainee edited, String personalId) {
        Trainee t = trainees.findById(edited.getId()).orElseThrow();
        if (periods.findByTraineeIdOrderByStartDateDesc(t.getId()).stream().noneMatch(access::canWriteOrLead)
                && !access.isGrantedWriteTrainee(t.getId())) {
            throw new AccessDeniedException("Not allowed");
        }
        if (t.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("Trainee", t.getId());
        }
        validateTrainee(edited);
        Map<String, Object> before = describe(t);
        t.setFirstName(edited.getFirstName().trim());
        t.setLastName(edited.getLastName().trim());
        t.setDateOfBirth(edited.getDateOfBirth());
        t.setPhone(blankToNull(edited.getPhone()));
        t.setEmail(blankToNull(edited.getEmail()));
        t.setAddress(blankToNull(edited.getAddress()));
        t.setLanguages(blankToNull(edited.getLanguages()));
        t.setSupportNeeds(blankToNull(edited.getSupportNeeds()));
        t.setConsents(edited.getConsents());
        boolean idChanged = false;
        Long duplicateOf = null;
        if (personalId != null) {
            if (personalId.isBlank()) {
                idChanged = t.getPersonalIdEncrypted() != null;
                t.setPersonalIdEncrypted(null);
                t.setPersonalIdHash(null);
            } else {
                duplicateOf = applyPersonalId(t, personalId);
                idChanged = true;
            }
        }
        Trainee saved = trainees.saveAndFlush(t);
        Map<String, Object> after = describe(saved);
        if (idChanged) {
            after.put("personalId", "changed");
        }
        String changes = AuditService.describeChanges(before, after);
        audit.recordChange(AuditAction.UPDATE, "Trainee", saved.getId(), saved.getId(), changes);
        if (duplicateOf != null) {
            duplicates.getObject().suspected(saved.getId(), duplicateOf);
        }
        return saved;
    }

    private void validateTrainee(Trainee t) {
        if (t.getFirstName() == null || t.getFirstName().isBlank() || t.getLastName() == null
                || t.getLastName().isBlank()) {
            throw new BusinessRuleException("trainee.error.nameRequired");
        }
        if (t.getDateOfBirth() == null || t.getDateOfBirth().isAfter(Time.today())
                || t.getDateOfBirth().isBefore(Time.today().minusYears(100))) {
            throw new BusinessRuleException("trainee.error.dateOfBirth");
        }
    }

    /**
     * Validates and stores the code. Another record with the same code is not refused with a message (that told any
     * coach that the person is a client somewhere): when the user may already see that record they are told to use
     * it; otherwise the code is stored and the other record's id returned, so that the duplicate is audited for an
     * administrator to link ({@link TraineeDuplicateService}).
     */
    private Long applyPersonalId(Trainee t, String personalId) {
        if (personalId == null || personalId.isBlank()) {
            return null;
        }
        String code = PersonalIdentityCode.normalise(personalId)
                .orElseThrow(() -> new BusinessRuleException("trainee.error.personalId"));
        if (!PersonalIdentityCode.birthDate(code).orElseThrow().equals(t.getDateOfBirth())) {
            throw new BusinessRuleException("trainee.error.personalIdBirthDate");
        }
        String hash = cipher.hash(code);
        Trainee other = trainees.findAllByPersonalIdHash(hash).stream()
                .filter(o -> !o.getId().equals(t.getId())).findFirst().orElse(null);
        if (other != null && periods.findByTraineeIdOrderByStartDateDesc(other.getId()).stream()
                .anyMatch(this::canRead)) {
            throw new BusinessRuleException("trainee.error.personalIdKnown", other.getId());
        }
        t.setPersonalIdEncrypted(cipher.encrypt(code));
        t.setPersonalIdHash(hash);
        return other == null ? null : other.getId();
    }

    private static Map<String, Object> describe(Trainee t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstName", t.getFirstName());
        m.put("lastName", t.getLastName());
        m.put("dateOfBirth", t.getDateOfBirth());
        m.put("phone", t.getPhone());
        m.put("email", t.getEmail());
        m.put("address", t.getAddress());
        m.put("languages", t.getLanguages());
        m.put("supportNeeds", t.getSupportNeeds());
        m.put("consents", t.getConsents().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        return m;
    }

    // ------------------------------------------------------------------ periods

    /**
     * Checks a period against the rules of the field. Errors throw {@link BusinessRuleException}; the returned
     * list holds warnings (translation keys with parameters) the user should see but may accept.
     */
    @Transactional(readOnly = true)
    public List<BusinessRuleException> checkPeriod(TrainingPeriod p) {
        if (p.getWorkUnitId() == null) {
            throw new BusinessRuleException("period.error.workUnit");
        }
        if (p.getStartDate() == null || p.getPlannedEndDate() == null) {
            throw new BusinessRuleException("period.error.dates");
        }
        if (p.getPlannedEndDate().isBefore(p.getStartDate())
                || (p.getEndDate() != null && p.getEndDate().isBefore(p.getStartDate()))) {
            throw new BusinessRuleException("period.error.endBeforeStart");
        }
        if (p.getDaysPerWeek() < 1 || p.getDaysPerWeek() > 5) {
            throw new BusinessRuleException("period.error.daysPerWeek");
        }
        if (p.getHoursPerDay() == null || p.getHoursPerDay().compareTo(BigDecimal.ONE) < 0
                || p.getHoursPerDay().compareTo(new BigDecimal("8")) > 0) {
            throw new BusinessRuleException("period.error.hoursPerDay");
        }
        List<BusinessRuleException> warnings = new ArrayList<>();
        if (p.getStatus() == PeriodStatus.WORK_TRIAL) {
            long total = months(p);
            long sameOrganiser = months(p);
            if (p.getTrainee() != null && p.getTrainee().getId() != null) {
                List<TrainingPeriod> others = periods.findByTraineeIdOrderByStartDateDesc(p.getTrainee().getId());
                Set<Long> unitIds = others.stream().map(TrainingPeriod::getWorkUnitId).collect(Collectors.toSet());
                unitIds.add(p.getWorkUnitId());
                Map<Long, Long> organisationOf = workplaces.findUnitRefs(unitIds).stream().collect(Collectors.toMap(
                        WorkplaceService.UnitRef::id, WorkplaceService.UnitRef::organisationId));
                for (TrainingPeriod other : others) {
                    if (other.getStatus() != PeriodStatus.WORK_TRIAL || Objects.equals(other.getId(), p.getId())) {
                        continue;
                    }
                    total += months(other);
                    if (Objects.equals(organisationOf.get(other.getWorkUnitId()),
                            organisationOf.get(p.getWorkUnitId()))) {
                        sameOrganiser += months(other);
                    }
                }
            }
            if (total > WORK_TRIAL_TOTAL_MONTHS) {
                warnings.add(new BusinessRuleException("period.warning.workTrialTotal", total,
                        WORK_TRIAL_TOTAL_MONTHS));
            }
            if (sameOrganiser > WORK_TRIAL_SAME_ORGANISER_MONTHS) {
                warnings.add(new BusinessRuleException("period.warning.workTrialOrganiser", sameOrganiser,
                        WORK_TRIAL_SAME_ORGANISER_MONTHS));
            }
        }
        if (p.getStatus() == PeriodStatus.REHABILITATIVE_WORK_ACTIVITY) {
            long m = months(p);
            if (m < 3 || m > 24) {
                warnings.add(new BusinessRuleException("period.warning.rehabilitativeLength", m));
            }
        }
        warnings.addAll(coachCapacityWarnings(p));
        return warnings;
    }

    /**
     * The trainees-per-coach capacity of the unit (8-12 in LITE): a warning for each coach of the period who would
     * guide more trainees in the unit than that on the day the period runs (today, or its start if later).
     */
    private List<BusinessRuleException> coachCapacityWarnings(TrainingPeriod p) {
        if (p.getWorkUnitId() == null || p.getStartDate() == null || p.getPlannedEndDate() == null) {
            return List.of();
        }
        LocalDate day = p.getStartDate().isAfter(Time.today()) ? p.getStartDate() : Time.today();
        if (!p.isActiveOn(day)) {
            return List.of();
        }
        // The period's unit and coaches as ids (its description, as audited), the rest from their own features.
        Map<String, Object> ids = describe(p);
        Long unitId = (Long) ids.get("workUnit");
        List<Long> coachIds = java.util.Arrays.stream(((String) ids.get("coaches")).split(","))
                .filter(x -> !x.isEmpty()).map(Long::valueOf).toList();
        Integer capacity = workplaces.findUnitRef(unitId).map(WorkplaceService.UnitRef::traineesPerCoach).orElse(null);
        if (capacity == null || coachIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = users.findNames(coachIds);
        List<BusinessRuleException> warnings = new ArrayList<>();
        for (Long coachId : coachIds) {
            long load = periods.countCoachTrainees(unitId, coachId, day, p.getId() == null ? -1L : p.getId()) + 1;
            if (load > capacity) {
                warnings.add(new BusinessRuleException("period.warning.coachCapacity",
                        names.getOrDefault(coachId, "#" + coachId), load, capacity));
            }
        }
        return warnings;
    }

    /** Whole months a period lasts (started months count), from start to the actual or planned end. */
    static long months(TrainingPeriod p) {
        LocalDate end = p.getEndDate() != null ? p.getEndDate() : p.getPlannedEndDate();
        long days = ChronoUnit.DAYS.between(p.getStartDate(), end) + 1;
        return (long) Math.ceil(days / 30.44);
    }

    /** Creates a new period for an existing trainee, or saves changes to a period. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT', 'TEAM_LEAD')")
    @Transactional
    public TrainingPeriod savePeriod(TrainingPeriod edited) {
        if (edited.getId() == null) {
            Trainee t = trainees.findById(edited.getTrainee().getId()).orElseThrow();
            if (periods.findByTraineeIdOrderByStartDateDesc(t.getId()).stream().noneMatch(access::canWriteOrLead)) {
                throw new AccessDeniedException("Not allowed");
            }
            edited.setTrainee(t);
            return savePeriodChecked(edited);
        }
        TrainingPeriod p = periods.findById(edited.getId()).orElseThrow();
        if (!access.canWriteOrLead(p)) {
            throw new AccessDeniedException("Not allowed");
        }
        if (p.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("TrainingPeriod", p.getId());
        }
        checkPeriod(edited);
        Map<String, Object> before = describe(p);
        p.setWorkUnitId(edited.getWorkUnitId());
        p.setCoachIds(edited.getCoachIds());
        p.setCareerAgentId(edited.getCareerAgentId());
        p.setReferrerUserId(edited.getReferrerUserId());
        p.setReferrerName(blankToNull(edited.getReferrerName()));
        p.setReferrerOrganisation(blankToNull(edited.getReferrerOrganisation()));
        p.setReferrerContact(blankToNull(edited.getReferrerContact()));
        p.setStatus(edited.getStatus());
        p.setServiceForm(edited.getServiceForm());
        p.setStartDate(edited.getStartDate());
        p.setPlannedEndDate(edited.getPlannedEndDate());
        p.setEndDate(edited.getEndDate());
        p.setDaysPerWeek(edited.getDaysPerWeek());
        p.setHoursPerDay(edited.getHoursPerDay());
        p.setTargetUnitIds(edited.getTargetUnitIds());
        TrainingPeriod saved = periods.saveAndFlush(p);
        audit.recordChange(AuditAction.UPDATE, "TrainingPeriod", saved.getId(), saved.getTrainee().getId(),
                AuditService.describeChanges(before, describe(saved)));
        return saved;
    }

    private TrainingPeriod savePeriodChecked(TrainingPeriod p) {
        checkPeriod(p);
        p.setReferrerName(blankToNull(p.getReferrerName()));
        p.setReferrerOrganisation(blankToNull(p.getReferrerOrganisation()));
        p.setReferrerContact(blankToNull(p.getReferrerContact()));
        TrainingPeriod saved = periods.saveAndFlush(p);
        audit.recordChange(AuditAction.CREATE, "TrainingPeriod", saved.getId(), saved.getTrainee().getId(),
                AuditService.describeChanges(Map.of(), describe(saved)));
        return saved;
    }

    private static Map<String, Object> describe(TrainingPeriod p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workUnit", p.getWorkUnitId());
        m.put("coaches", p.getCoachIds().stream().map(String::valueOf).sorted()
                .collect(Collectors.joining(",")));
        m.put("careerAgent", p.getCareerAgentId());
        m.put("referrerUser", p.getReferrerUserId());
        m.put("referrerName", p.getReferrerName());
        m.put("status", p.getStatus());
        m.put("serviceForm", p.getServiceForm());
        m.put("startDate", p.getStartDate());
        m.put("plannedEndDate", p.getPlannedEndDate());
        m.put("endDate", p.getEndDate());
        m.put("daysPerWeek", p.getDaysPerWeek());
        m.put("hoursPerDay", p.getHoursPerDay());
        m.put("targetUnits", p.getTargetUnitIds().stream().map(String::valueOf).sorted()
                .collect(Collectors.joining(",")));
        return m;
    }

    /** Qualification units a period can aim at: current top-level units of the catalogue. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CatalogueReader.UnitRow> findSelectableTargetUnits() {
        return catalogue.topLevelCurrentUnitRows();
    }

    /**
     * Users who can be chosen for a period: coaches and career agents of the signed-in user's organisation (access
     * follows the organisation, {@link TraineeAccess}); case workers of any organisation (they refer from outside).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserService.UserRef> findUsersWithRole(Role role) {
        if (role == Role.CASE_WORKER) {
            return users.findActiveUserRefs(role);
        }
        return users.findActiveUserRefs(role, currentUser.organisationId().orElse(null));
    }

    /** The work units where the signed-in user can start a period (their own; their organisation's for career agents). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkplaceService.UnitRef> findWorkUnitsForNewPeriods() {
        List<WorkplaceService.UnitRef> units = currentUser.hasRole(Role.CAREER_AGENT)
                ? currentUser.organisationId().map(workplaces::findUnitRefsOfOrganisation).orElse(List.of())
                : workplaces.findUnitRefs(users.findWorkUnitIds(currentUser.requireId()));
        return units.stream().filter(WorkplaceService.UnitRef::active)
                .sorted(java.util.Comparator.comparing(WorkplaceService.UnitRef::name)).toList();
    }

    /** A work unit as the period form names it (the period's own unit, when no longer among the choices). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<WorkplaceService.UnitRef> findWorkUnitRef(Long workUnitId) {
        return workplaces.findUnitRef(workUnitId);
    }

    /** The users with the ids as references (names by one read), e.g. the people a period names. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserService.UserRef> findUserRefs(Collection<Long> userIds) {
        return users.findNames(userIds).entrySet().stream()
                .map(e -> new UserService.UserRef(e.getKey(), e.getValue())).toList();
    }

    /** Qualification units by id as rows (a period's target units no longer selectable), by one read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CatalogueReader.UnitRow> findTargetUnitRows(Collection<Long> unitIds) {
        return List.copyOf(catalogue.units(unitIds).values());
    }

    /** The names of the work units by id (one read of the workplace feature), for the trainee feature's views. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> workUnitNames(Collection<Long> workUnitIds) {
        return workplaces.findUnitRefs(workUnitIds).stream()
                .collect(Collectors.toMap(WorkplaceService.UnitRef::id, WorkplaceService.UnitRef::name));
    }

    /** The names of the users by id (one read of the user feature), for the trainee feature's views. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> userNames(Collection<Long> userIds) {
        return users.findNames(userIds);
    }

    /**
     * The periods of a work unit, or of an organisation's work units, as period id to trainee id: ids only, for a
     * feature's aggregate report over its own records of them (inclusion), which checks itself that the group is
     * within the user's reach and audits the report.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD', 'COACH')")
    @Transactional(readOnly = true)
    public Map<Long, Long> periodTraineesInGroup(Long workUnitId, Long organisationId) {
        Set<Long> unitIds = workUnitId != null ? Set.of(workUnitId)
                : organisationId != null ? workplaces.findUnitIdsOfOrganisation(organisationId) : Set.of();
        Map<Long, Long> result = new LinkedHashMap<>();
        if (!unitIds.isEmpty()) {
            periods.findPeriodTraineesInUnits(unitIds).forEach(r -> result.put((Long) r[0], (Long) r[1]));
        }
        return result;
    }

    /** True when the signed-in user may create trainees and periods. */
    public boolean canCreate() {
        return access.mayCreate();
    }

    // ------------------------------------------------------------------ goals

    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<PersonalGoal> findGoals(Long periodId) {
        requirePeriodForRead(periodId);
        List<PersonalGoal> list = goals.findByPeriodIdOrderBySortOrderAscIdAsc(periodId);
        list.forEach(g -> g.getFollowUps().size());
        return list;
    }

    /** Adds a goal (id null) or saves changes to one: description, support given, outcome. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional
    public PersonalGoal saveGoal(Long periodId, PersonalGoal edited) {
        TrainingPeriod p = requirePeriodForWrite(periodId);
        if (edited.getDescription() == null || edited.getDescription().isBlank()) {
            throw new BusinessRuleException("goal.error.description");
        }
        PersonalGoal g;
        Map<String, Object> before = Map.of();
        if (edited.getId() == null) {
            g = new PersonalGoal();
            g.setPeriod(p);
            g.setSortOrder(goals.findByPeriodIdOrderBySortOrderAscIdAsc(periodId).size());
        } else {
            g = goals.findById(edited.getId()).orElseThrow();
            if (!g.getPeriod().getId().equals(periodId)) {
                throw new AccessDeniedException("Goal of another period");
            }
            if (g.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("PersonalGoal", g.getId());
            }
            before = describe(g);
        }
        g.setDescription(edited.getDescription().trim());
        g.setSupport(blankToNull(edited.getSupport()));
        g.setOutcome(edited.getOutcome());
        PersonalGoal saved = goals.saveAndFlush(g);
        audit.recordChange(edited.getId() == null ? AuditAction.CREATE : AuditAction.UPDATE, "PersonalGoal",
                saved.getId(), p.getTrainee().getId(), AuditService.describeChanges(before, describe(saved)));
        return saved;
    }

    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWriteGoal(#goalId)")
    @Transactional
    public GoalFollowUp addFollowUp(Long goalId, LocalDate date, String note) {
        PersonalGoal g = goals.findById(goalId).orElseThrow();
        TrainingPeriod p = requirePeriodForWrite(g.getPeriod().getId());
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("goal.error.note");
        }
        if (date == null || date.isAfter(Time.today())) {
            throw new BusinessRuleException("goal.error.followUpDate");
        }
        GoalFollowUp f = new GoalFollowUp(g, date, note.trim(), currentUser.requireId());
        g.getFollowUps().add(f);
        goals.saveAndFlush(g);
        audit.recordChange(AuditAction.CREATE, "GoalFollowUp", f.getId(), p.getTrainee().getId(),
                AuditDetails.of("goal", goalId));
        return f;
    }

    private static Map<String, Object> describe(PersonalGoal g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", g.getDescription());
        m.put("support", g.getSupport());
        m.put("outcome", g.getOutcome());
        return m;
    }

    // ------------------------------------------------------------------ cards

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CardType> findCardTypes() {
        return cardTypes.findAllByOrderByNameAsc();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional
    public CardType saveCardType(CardType edited) {
        if (edited.getName() == null || edited.getName().isBlank()) {
            throw new BusinessRuleException("card.error.name");
        }
        boolean taken = cardTypes.findAllByOrderByNameAsc().stream().anyMatch(t -> t.getName()
                .equalsIgnoreCase(edited.getName().trim()) && !t.getId().equals(edited.getId()));
        if (taken) {
            throw new BusinessRuleException("card.error.nameTaken", edited.getName().trim());
        }
        CardType c = edited.getId() == null ? new CardType() : cardTypes.findById(edited.getId()).orElseThrow();
        if (edited.getId() != null && c.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("CardType", c.getId());
        }
        c.setName(edited.getName().trim());
        c.setValidityYears(edited.getValidityYears());
        c.setActive(edited.isActive());
        CardType saved = cardTypes.saveAndFlush(c);
        audit.recordChange(edited.getId() == null ? AuditAction.CREATE : AuditAction.UPDATE, "CardType",
                saved.getId(), null, null);
        return saved;
    }

    @PreAuthorize("@traineeAccess.mayReadTrainee(#traineeId)")
    @Transactional(readOnly = true)
    public List<TraineeCard> findCards(Long traineeId) {
        requireTraineeForRead(traineeId);
        return cards.findByTraineeIdOrderByIssuedOnDesc(traineeId);
    }

    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWriteTrainee(#traineeId)")
    @Transactional
    public TraineeCard saveCard(Long traineeId, TraineeCard edited) {
        Trainee t = trainees.findById(traineeId).orElseThrow();
        if (periods.findByTraineeIdOrderByStartDateDesc(traineeId).stream().noneMatch(this::canWrite)) {
            throw new AccessDeniedException("Not allowed");
        }
        if (edited.getCardType() == null || edited.getIssuedOn() == null) {
            throw new BusinessRuleException("card.error.required");
        }
        if (edited.getIssuedOn().isAfter(Time.today())) {
            throw new BusinessRuleException("card.error.issuedInFuture");
        }
        if (edited.getExpiresOn() != null && edited.getExpiresOn().isBefore(edited.getIssuedOn())) {
            throw new BusinessRuleException("card.error.expiresBeforeIssued");
        }
        TraineeCard c;
        if (edited.getId() == null) {
            c = new TraineeCard();
            c.setTrainee(t);
        } else {
            c = cards.findById(edited.getId()).orElseThrow();
            if (!c.getTrainee().getId().equals(traineeId)) {
                throw new AccessDeniedException("Card of another trainee");
            }
            if (c.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("TraineeCard", c.getId());
            }
        }
        c.setCardType(edited.getCardType());
        c.setIssuedOn(edited.getIssuedOn());
        c.setExpiresOn(edited.getExpiresOn());
        c.setNote(blankToNull(edited.getNote()));
        TraineeCard saved = cards.saveAndFlush(c);
        audit.recordChange(edited.getId() == null ? AuditAction.CREATE : AuditAction.UPDATE, "TraineeCard",
                saved.getId(), traineeId, AuditDetails.of("cardType", saved.getCardType().getId()));
        return saved;
    }

    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWriteCard(#cardId)")
    @Transactional
    public void deleteCard(Long cardId) {
        TraineeCard c = cards.findById(cardId).orElseThrow();
        Long traineeId = c.getTrainee().getId();
        if (periods.findByTraineeIdOrderByStartDateDesc(traineeId).stream().noneMatch(this::canWrite)) {
            throw new AccessDeniedException("Not allowed");
        }
        cards.delete(c);
        audit.recordChange(AuditAction.DELETE, "TraineeCard", cardId, traineeId,
                AuditDetails.of("cardType", c.getCardType().getId()));
    }
}

package fi.taitoura.trainee;

import fi.taitoura.base.time.Time;
import fi.taitoura.workplace.WorkplaceService;

import fi.taitoura.audit.AuditService;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who may see and record a trainee's data: the one place of these rules (ADR 0004, docs/adr/0014-access-policy.md).
 * Services name them at the method, e.g. {@code @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")}, so a
 * reviewer reads who may do what where it is done; the services keep their own checks where they load the data.
 * <ul>
 * <li>read a period (and everything recorded in it): its coaches and the coaches and team leads of its work unit,
 *     its career agent. <b>Not</b> the case worker who referred the trainee (issue 12, finding 1);</li>
 * <li>the referring case worker receives only the documents delivered to them, while the trainee's consent holds:
 *     the finalised summaries ({@link Consent#SUMMARY_TO_REFERRER}, {@link #receivesSummaries}) and the issued
 *     certificates ({@link Consent#CERTIFICATE_TO_REFERRER}, {@link #receivesCertificates}) of the periods they
 *     referred; never the period, the trainee's details, the diary, goals, attendance, capacity or
 *     demonstrations;</li>
 * <li>record in a period: its coaches and the coaches of its work unit, its career agent;</li>
 * <li>a trainee: as any of their periods; edit the trainee's details: who may record, and team leads who may read;</li>
 * <li>create trainees and periods: coaches, career agents, team leads;</li>
 * <li>in addition, what another feature grants through a {@link TraineeAccessGrant} bean (supported employment:
 *     the job coaches of the client's team);</li>
 * <li>the trainee themself (role TRAINEE, issue #16): reads their own periods ({@link #isOwn}), writes only their
 *     own diary and self-assessments ({@link #mayWriteOwnPeriod}); never another trainee's, nothing granted.</li>
 * </ul>
 * Two limits apply to every rule above except the case worker's (issue 12, finding 6):
 * <ul>
 * <li><b>organisation</b>: staff reach only periods in work units of their own organisation (each organisation is
 *     its own client register); a unit assignment or a period role in another organisation gives nothing;</li>
 * <li><b>time</b>: the coach scope (coaches and team leads) ends {@code taitoura.access.coach-days-after-period}
 *     days after the period ended (its end date, else its planned end), the career agent's
 *     {@code taitoura.access.career-agent-days-after-period} days after it. The records stay (retention decides
 *     how long); only this access ends.</li>
 * </ul>
 * The {@code may...} checks by id are for {@code @PreAuthorize}: a refusal is written to the audit log with the
 * trainee it concerns, so the log answers "who tried to see client X". Code that only asks (to show or hide
 * something) uses {@link #isReadable} and {@link #isWritable}, which record nothing.
 */
@Component("traineeAccess")
public class TraineeAccess {

    private final TrainingPeriodRepository periods;
    private final PersonalGoalRepository goals;
    private final TraineeCardRepository cards;
    private final CurrentUser currentUser;
    private final UserService users;
    private final AuditService audit;
    private final int coachDays;
    private final int agentDays;
    private final java.time.Clock clock;
    private final ObjectProvider<TraineeAccessGrant> grants;
    private final WorkplaceService workplaces;
    private final PeriodFactsQueries factsQueries;

    TraineeAccess(TrainingPeriodRepository periods, PeriodFactsQueries factsQueries, PersonalGoalRepository goals, TraineeCardRepository cards,
                  CurrentUser currentUser, UserService users, AuditService audit,
                  ObjectProvider<TraineeAccessGrant> grants, WorkplaceService workplaces,
                  @org.springframework.beans.factory.annotation.Value("${taitoura.access.coach-days-after-period:90}")
                  int coachDays,
                  @org.springframework.beans.factory.annotation.Value(
                          "${taitoura.access.career-agent-days-after-period:365}") int agentDays) {
        this.periods = periods;
        this.factsQueries = factsQueries;
        this.goals = goals;
        this.cards = cards;
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.grants = grants;
        this.workplaces = workplaces;
        this.coachDays = coachDays;
        this.agentDays = agentDays;
        this.clock = Time.clock();
    }

    // ------------------------------------------------------------------ by id, for @PreAuthorize

    // The checks by id read one row of facts (one query): outside a transaction they open none of their own
    // (SUPPORTS), as a @PreAuthorize check runs before the service's transaction opens (issue 18).

    /** The signed-in user may see the period and what is recorded in it. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean mayReadPeriod(Long periodId) {
        return periodId != null && facts(periodId)
                .map(f -> canRead(f) || refused("TrainingPeriod", periodId, f.traineeId())).orElse(false);
    }

    /** The signed-in user may record in the period (attendance, observations, goals, diary, assessments). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean mayWritePeriod(Long periodId) {
        return periodId != null && facts(periodId)
                .map(f -> canWrite(f) || refused("TrainingPeriod", periodId, f.traineeId())).orElse(false);
    }

    /**
     * {@link #mayWritePeriod} of each period, in order, with one query for all: false at the first one that does not
     * exist or is refused (the refusal is audited, as there).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean mayWritePeriods(java.util.Collection<Long> periodIds) {
        if (periodIds == null || periodIds.isEmpty()) {
            return periodIds != null;
        }
        java.util.Map<Long, PeriodFacts> all = new java.util.HashMap<>();
        // SQL, not JPQL: a list parameter would be translated on every call (ADR 0038, issue 18)
        List<Object[]> rows = factsQueries.accessFactsOf(java.util.Set.copyOf(periodIds), currentUser.id().orElse(-1L));
        // one question to the workplace feature for all the periods' units, not one per period (ADR 0036)
        Set<Long> ofMine = unitsOfMyOrganisation(rows.stream().map(row -> (Long) row[2]).toList());
        rows.forEach(row -> all.put((Long) row[0], facts(row, ofMine)));
        for (Long id : periodIds) {
            PeriodFacts f = id == null ? null : all.get(id);
            if (f == null || !(canWrite(f) || refused("TrainingPeriod", id, f.traineeId()))) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #mayReadPeriod}, recording nothing: for code that only asks. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean isReadable(Long periodId) {
        return periodId != null && facts(periodId).map(this::canRead).orElse(false);
    }

    /** As {@link #mayWritePeriod}, recording nothing: for code that only asks. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean isWritable(Long periodId) {
        return periodId != null && facts(periodId).map(this::canWrite).orElse(false);
    }

    /** The signed-in user may see the trainee: they may see one of the trainee's periods. */
    @Transactional(readOnly = true)
    public boolean mayReadTrainee(Long traineeId) {
        return traineeId != null && (periodsOf(traineeId).stream().anyMatch(this::canRead)
                || isGrantedTrainee(traineeId) || refusedTrainee(traineeId));
    }

    /** The signed-in user may record the trainee's cards: they may record in one of the trainee's periods. */
    @Transactional(readOnly = true)
    public boolean mayWriteTrainee(Long traineeId) {
        return traineeId != null && (periodsOf(traineeId).stream().anyMatch(this::canWrite)
                || refusedTrainee(traineeId));
    }

    /** The signed-in user may edit the trainee's details: who may record, and team leads who may see them. */
    @Transactional(readOnly = true)
    public boolean mayEditTrainee(Long traineeId) {
        return traineeId != null && (periodsOf(traineeId).stream().anyMatch(this::canWriteOrLead)
                || isGrantedWriteTrainee(traineeId) || refusedTrainee(traineeId));
    }

    /** The signed-in user may follow up the goal: they may record in its period. */
    @Transactional(readOnly = true)
    public boolean mayWriteGoal(Long goalId) {
        return goalId != null && goals.findById(goalId)
                .map(g -> canWrite(g.getPeriod()) || refused("PersonalGoal", goalId, g.getPeriod().getTrainee().getId()))
                .orElse(false);
    }

    /** The signed-in user may remove the card: they may record for its trainee. */
    @Transactional(readOnly = true)
    public boolean mayWriteCard(Long cardId) {
        return cardId != null && cards.findById(cardId).map(c -> mayWriteTrainee(c.getTrainee().getId())).orElse(false);
    }

    /** The signed-in user may create trainees and periods. */
    public boolean mayCreate() {
        return currentUser.hasRole(Role.COACH) || currentUser.hasRole(Role.CAREER_AGENT)
                || currentUser.hasRole(Role.TEAM_LEAD);
    }

    // ------------------------------------------------------------------ on a loaded period

    /**
     * The rule of {@link #mayReadPeriod} on a loaded period: staff of the period's organisation in their scope and
     * time, or a grant of another feature ({@link TraineeAccessGrant}: that feature's rule, e.g. supported
     * employment's job coach of the case that continues the period).
     */
    public boolean canRead(TrainingPeriod p) {
        Long uid = currentUser.id().orElse(null);
        return canRead(new PeriodFacts(p.getId(), p.getTrainee().getId(), p.getWorkUnitId(), ofMyOrganisation(p),
                ended(p), uid != null && isCareerAgentOf(p, uid), uid != null && isCoachOf(p, uid), isOwn(p)));
    }

    /**
     * What the rules need of a period, read by one query instead of loading the period with its trainee, work
     * unit, coaches and career agent (issue 18: an access check per page and per saved trainee): whether its work
     * unit is of the signed-in user's organisation, whether the user is its career agent, one of its coaches, or
     * the trainee themself (their account is linked to the period's trainee, issue #16).
     */
    record PeriodFacts(Long periodId, Long traineeId, Long workUnitId, boolean ofMyOrganisation, LocalDate ended,
                       boolean careerAgentIsMe, boolean coachedByMe, boolean ownByMe) {
    }

    private java.util.Optional<PeriodFacts> facts(Long periodId) {
        Long me = currentUser.id().orElse(-1L);
        return periods.findAccessFacts(periodId, me).stream().findFirst()
                .map(row -> facts(row, unitsOfMyOrganisation(java.util.Collections.singleton((Long) row[2]))));
    }

    /** The facts of a row of {@code findAccessFacts}; {@code ofMine}: which of the rows' units are of my organisation. */
    private PeriodFacts facts(Object[] row, Set<Long> ofMine) {
        Long me = currentUser.id().orElse(null);
        return new PeriodFacts((Long) row[0], (Long) row[1], (Long) row[2], row[2] != null && ofMine.contains(row[2]),
                (LocalDate) row[3], me != null && me.equals(row[4]), ((Number) row[5]).longValue() > 0,
                me != null && me.equals(row[6]));
    }

    /** The rule of {@link #canRead(TrainingPeriod)} on what it needs of the period. */
    boolean canRead(PeriodFacts p) {
        if (currentUser.id().isEmpty()) {
            return false;
        }
        if (currentUser.hasRole(Role.TRAINEE)) {
            return p.ownByMe(); // a trainee account is never staff: only their own periods, nothing granted
        }
        if (p.ofMyOrganisation()) {
            if (coachScope() && coachTime(p.ended())
                    && (p.coachedByMe() || myUnitIds().contains(p.workUnitId()))) {
                return true;
            }
            if (isCareerAgentOf(p)) {
                return true;
            }
        }
        return isGrantedPeriod(p.periodId());
    }

    /**
     * The period is the signed-in trainee's own (issue #16): their account is linked to the period's trainee. A
     * trainee reads their own periods and what is recorded in them (their right under the client-data law) and
     * writes only their own diary and self-assessments ({@link #mayWriteOwnPeriod}); never anyone else's.
     */
    public boolean isOwn(TrainingPeriod p) {
        return currentUser.hasRole(Role.TRAINEE) && p.getTrainee().getUserId() != null
                && currentUser.id().map(id -> id.equals(p.getTrainee().getUserId())).orElse(false);
    }

    /** The signed-in trainee may write their own entries (diary, self-assessments) in the period. */
    public boolean mayWriteOwnPeriod(Long periodId) {
        return periodId != null && currentUser.hasRole(Role.TRAINEE) && facts(periodId)
                .map(p -> p.ownByMe() || refused("TrainingPeriod", periodId, p.traineeId())).orElse(false);
    }

    /**
     * The signed-in trainee answers their own self-assessments and inclusion survey in the period: it is their own
     * and it has not ended (a trainee answers only for their current period). A refusal is audited.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean mayAnswerOwnPeriod(Long periodId) {
        return periodId != null && currentUser.hasRole(Role.TRAINEE) && facts(periodId)
                .map(p -> p.ownByMe() && (p.ended() == null || !p.ended().isBefore(LocalDate.now(clock)))
                        || refused("TrainingPeriod", periodId, p.traineeId())).orElse(false);
    }

    /** Another feature grants the signed-in user read access to the period (see {@link TraineeAccessGrant}). */
    public boolean isGrantedPeriod(TrainingPeriod p) {
        return isGrantedPeriod(p.getId());
    }

    private boolean isGrantedPeriod(Long periodId) {
        return periodId != null && grants.stream().anyMatch(g -> g.mayReadPeriod(periodId));
    }

    /** As {@link #isGrantedPeriod}, by id; records nothing. */
    @Transactional(readOnly = true)
    public boolean isGranted(Long periodId) {
        return periodId != null && periods.existsById(periodId) && isGrantedPeriod(periodId);
    }

    /** Another feature grants the signed-in user read access to the trainee's record. */
    public boolean isGrantedTrainee(Long traineeId) {
        return traineeId != null && grants.stream().anyMatch(g -> g.mayReadTrainee(traineeId));
    }

    /** Another feature grants the signed-in user the correction of the trainee's details. */
    public boolean isGrantedWriteTrainee(Long traineeId) {
        return traineeId != null && grants.stream().anyMatch(g -> g.mayWriteTrainee(traineeId));
    }

    /** The rule of {@link #mayWritePeriod} on a loaded period. */
    public boolean canWrite(TrainingPeriod p) {
        Long uid = currentUser.id().orElse(null);
        return canWrite(new PeriodFacts(p.getId(), p.getTrainee().getId(), p.getWorkUnitId(),
                ofMyOrganisation(p), ended(p), uid != null && isCareerAgentOf(p, uid), uid != null && isCoachOf(p, uid),
                isOwn(p)));
    }

    /** The rule of {@link #canWrite(TrainingPeriod)} on what it needs of the period. */
    boolean canWrite(PeriodFacts p) {
        if (currentUser.id().isEmpty() || !p.ofMyOrganisation() || currentUser.hasRole(Role.TRAINEE)) {
            return false;
        }
        if (currentUser.hasRole(Role.COACH) && coachTime(p.ended())
                && (p.coachedByMe() || myUnitIds().contains(p.workUnitId()))) {
            return true;
        }
        return isCareerAgentOf(p);
    }

    /** The rule of {@link #mayEditTrainee} on a loaded period. */
    boolean canWriteOrLead(TrainingPeriod p) {
        return canWrite(p) || (currentUser.hasRole(Role.TEAM_LEAD) && canRead(p));
    }

    /** Coaches and team leads see the periods of their work units. */
    boolean coachScope() {
        return currentUser.hasRole(Role.COACH) || currentUser.hasRole(Role.TEAM_LEAD);
    }

    /** The period's work unit belongs to the signed-in user's organisation. */
    boolean ofMyOrganisation(TrainingPeriod p) {
        return ofMyOrganisation(p.getWorkUnitId());
    }

    /** The work unit belongs to the signed-in user's organisation (the workplace feature says which units do). */
    private boolean ofMyOrganisation(Long workUnitId) {
        return workUnitId != null && unitsOfMyOrganisation(java.util.Collections.singleton(workUnitId))
                .contains(workUnitId);
    }

    /**
     * Of the given work units, those of the signed-in user's organisation: one query of the workplace feature for just
     * these units, by primary key (ADR 0036). Asked afresh by every check outside a transaction (a unit may move to
     * another organisation, and another node may have moved it); within a transaction (a list or the day's periods
     * checked one by one) the answers are kept until it ends, as the database shows the transaction one snapshot.
     * Never kept beyond a transaction.
     */
    private Set<Long> unitsOfMyOrganisation(java.util.Collection<Long> workUnitIds) {
        Long org = currentUser.organisationId().orElse(null);
        if (org == null || workUnitIds.isEmpty()) {
            return Set.of();
        }
        java.util.Map<Long, Boolean> known = answersOfThisTransaction(org);
        if (known == null) {
            return workplaces.unitsInOrganisation(org, workUnitIds);
        }
        List<Long> unknown = workUnitIds.stream().filter(java.util.Objects::nonNull)
                .filter(u -> !known.containsKey(u)).distinct().toList();
        if (!unknown.isEmpty()) {
            Set<Long> mine = workplaces.unitsInOrganisation(org, unknown);
            unknown.forEach(u -> known.put(u, mine.contains(u)));
        }
        return workUnitIds.stream().filter(u -> u != null && Boolean.TRUE.equals(known.get(u)))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static final Object UNITS_OF_ORGANISATION = new Object();

    /** The answers kept for this transaction (unit id: of the organisation), or null outside a transaction. */
    @SuppressWarnings("unchecked")
    private static java.util.Map<Long, Boolean> answersOfThisTransaction(Long org) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var byOrganisation = (java.util.Map<Long, java.util.Map<Long, Boolean>>) TransactionSynchronizationManager
                .getResource(UNITS_OF_ORGANISATION);
        if (byOrganisation == null) {
            byOrganisation = new java.util.HashMap<>();
            TransactionSynchronizationManager.bindResource(UNITS_OF_ORGANISATION, byOrganisation);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(UNITS_OF_ORGANISATION);
                }
            });
        }
        return byOrganisation.computeIfAbsent(org, k -> new java.util.HashMap<>());
    }

    /** The ids of the work units of the signed-in user's organisation (one read of the workplace feature). */
    Set<Long> myOrganisationUnitIds() {
        return currentUser.organisationId().map(workplaces::findUnitIdsOfOrganisation).orElse(Set.of());
    }

    /** The coach scope lasts until {@code coach-days-after-period} days after the period ended. */
    boolean coachTime(TrainingPeriod p) {
        return coachTime(ended(p));
    }

    private boolean coachTime(LocalDate ended) {
        return !ended.plusDays(coachDays).isBefore(today());
    }

    private boolean isCareerAgentOf(PeriodFacts p) {
        return currentUser.hasRole(Role.CAREER_AGENT) && p.careerAgentIsMe()
                && !p.ended().plusDays(agentDays).isBefore(today());
    }

    /** The user is the period's career agent (the rule adds role and time: {@link #isCareerAgentOf(PeriodFacts)}). */
    private static boolean isCareerAgentOf(TrainingPeriod p, Long uid) {
        return p.getCareerAgentId() != null && p.getCareerAgentId().equals(uid);
    }

    /** The first day on which the coach scope no longer applies to periods that ended before it. */
    LocalDate coachScopeEndedBefore() {
        return today().minusDays(coachDays);
    }

    /** As {@link #coachScopeEndedBefore}, for the career agent. */
    LocalDate agentScopeEndedBefore() {
        return today().minusDays(agentDays);
    }

    private static LocalDate ended(TrainingPeriod p) {
        return p.getEndDate() != null ? p.getEndDate() : p.getPlannedEndDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The work units of the signed-in user. */
    Set<Long> myUnitIds() {
        return users.findWorkUnitIds(currentUser.requireId());
    }

    private static boolean isCoachOf(TrainingPeriod p, Long userId) {
        return p.getCoachIds().contains(userId);
    }

    private boolean refused(String entityType, Long id, Long traineeId) {
        audit.recordRefused(entityType, id, traineeId);
        return false;
    }

    private boolean refusedTrainee(Long traineeId) {
        audit.recordRefused("Trainee", traineeId, traineeId);
        return false;
    }

    private List<TrainingPeriod> periodsOf(Long traineeId) {
        return periods.findByTraineeIdOrderByStartDateDesc(traineeId);
    }

    // ------------------------------------------------------------------ the referring case worker

    /**
     * The signed-in user is the case worker who referred the trainee to the period and the trainee has consented
     * that the period's finalised summaries are delivered to the referrer. Records nothing (the summary feature's
     * policy asks this and records its refusal).
     */
    @Transactional(readOnly = true)
    public boolean receivesSummaries(Long periodId) {
        return receives(periodId, Consent.SUMMARY_TO_REFERRER);
    }

    /** As {@link #receivesSummaries}, for the period's issued certificates ({@link Consent#CERTIFICATE_TO_REFERRER}). */
    @Transactional(readOnly = true)
    public boolean receivesCertificates(Long periodId) {
        return receives(periodId, Consent.CERTIFICATE_TO_REFERRER);
    }

    /** The signed-in user is the case worker who referred the trainee to the period. */
    boolean isReferringCaseWorker(TrainingPeriod p) {
        return currentUser.hasRole(Role.CASE_WORKER) && p.getReferrerUserId() != null
                && currentUser.id().map(id -> id.equals(p.getReferrerUserId())).orElse(false);
    }

    private boolean receives(Long periodId, Consent consent) {
        return periodId != null && periods.findById(periodId)
                .map(p -> isReferringCaseWorker(p) && p.getTrainee().getConsents().contains(consent)).orElse(false);
    }
}

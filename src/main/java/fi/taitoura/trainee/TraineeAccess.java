package fi.taitoura.trainee;

import fi.taitoura.audit.AuditService;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and record a trainee's data: the one place of these rules (ADR 0004, docs/adr/0014-access-policy.md).
 * Services name them at the method, e.g. {@code @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")}, so a
 * reviewer reads who may do what where it is done; the services keep their own checks where they load the data.
 * <ul>
 * <li>read a period: its coaches and the coaches and team leads of its work unit, its career agent, and the case
 *     worker who referred the trainee;</li>
 * <li>record in a period: its coaches and the coaches of its work unit, its career agent;</li>
 * <li>a trainee: as any of their periods; edit the trainee's details: who may record, and team leads who may read;</li>
 * <li>create trainees and periods: coaches, career agents, team leads;</li>
 * <li>in addition, what another feature grants through a {@link TraineeAccessGrant} bean (supported employment:
 *     the job coaches of the client's team).</li>
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
    private final ObjectProvider<TraineeAccessGrant> grants;

    TraineeAccess(TrainingPeriodRepository periods, PersonalGoalRepository goals, TraineeCardRepository cards,
                  CurrentUser currentUser, UserService users, AuditService audit,
                  ObjectProvider<TraineeAccessGrant> grants) {
        this.periods = periods;
        this.goals = goals;
        this.cards = cards;
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.grants = grants;
    }

    // ------------------------------------------------------------------ by id, for @PreAuthorize

    /** The signed-in user may see the period and what is recorded in it. */
    @Transactional(readOnly = true)
    public boolean mayReadPeriod(Long periodId) {
        return periodId != null && periods.findById(periodId)
                .map(p -> canRead(p) || refused("TrainingPeriod", periodId, p)).orElse(false);
    }

    /** The signed-in user may record in the period (attendance, observations, goals, diary, assessments). */
    @Transactional(readOnly = true)
    public boolean mayWritePeriod(Long periodId) {
        return periodId != null && periods.findById(periodId)
                .map(p -> canWrite(p) || refused("TrainingPeriod", periodId, p)).orElse(false);
    }

    /** As {@link #mayReadPeriod}, recording nothing: for code that only asks. */
    @Transactional(readOnly = true)
    public boolean isReadable(Long periodId) {
        return periodId != null && periods.findById(periodId).map(this::canRead).orElse(false);
    }

    /** As {@link #mayWritePeriod}, recording nothing: for code that only asks. */
    @Transactional(readOnly = true)
    public boolean isWritable(Long periodId) {
        return periodId != null && periods.findById(periodId).map(this::canWrite).orElse(false);
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
                .map(g -> canWrite(g.getPeriod()) || refused("PersonalGoal", goalId, g.getPeriod())).orElse(false);
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

    /** The rule of {@link #mayReadPeriod} on a loaded period. */
    public boolean canRead(TrainingPeriod p) {
        if (currentUser.id().isEmpty()) {
            return false;
        }
        Long uid = currentUser.requireId();
        if (coachScope() && (isCoachOf(p, uid) || myUnitIds().contains(p.getWorkUnit().getId()))) {
            return true;
        }
        if (currentUser.hasRole(Role.CAREER_AGENT) && p.getCareerAgent() != null
                && p.getCareerAgent().getId().equals(uid)) {
            return true;
        }
        if (currentUser.hasRole(Role.CASE_WORKER) && p.getReferrerUser() != null
                && p.getReferrerUser().getId().equals(uid)) {
            return true;
        }
        return isGrantedPeriod(p);
    }

    /** Another feature grants the signed-in user read access to the period (see {@link TraineeAccessGrant}). */
    public boolean isGrantedPeriod(TrainingPeriod p) {
        return p.getId() != null && grants.stream().anyMatch(g -> g.mayReadPeriod(p.getId()));
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
        if (currentUser.id().isEmpty()) {
            return false;
        }
        Long uid = currentUser.requireId();
        if (currentUser.hasRole(Role.COACH) && (isCoachOf(p, uid) || myUnitIds().contains(p.getWorkUnit().getId()))) {
            return true;
        }
        return currentUser.hasRole(Role.CAREER_AGENT) && p.getCareerAgent() != null
                && p.getCareerAgent().getId().equals(uid);
    }

    /** The rule of {@link #mayEditTrainee} on a loaded period. */
    boolean canWriteOrLead(TrainingPeriod p) {
        return canWrite(p) || (currentUser.hasRole(Role.TEAM_LEAD) && canRead(p));
    }

    /** Coaches and team leads see the periods of their work units. */
    boolean coachScope() {
        return currentUser.hasRole(Role.COACH) || currentUser.hasRole(Role.TEAM_LEAD);
    }

    /** The work units of the signed-in user. */
    Set<Long> myUnitIds() {
        return users.findWorkUnitIds(currentUser.requireId());
    }

    private static boolean isCoachOf(TrainingPeriod p, Long userId) {
        return p.getCoaches().stream().anyMatch(c -> c.getId().equals(userId));
    }

    private boolean refused(String entityType, Long id, TrainingPeriod p) {
        audit.recordRefused(entityType, id, p.getTrainee().getId());
        return false;
    }

    private boolean refusedTrainee(Long traineeId) {
        audit.recordRefused("Trainee", traineeId, traineeId);
        return false;
    }

    private List<TrainingPeriod> periodsOf(Long traineeId) {
        return periods.findByTraineeIdOrderByStartDateDesc(traineeId);
    }
}

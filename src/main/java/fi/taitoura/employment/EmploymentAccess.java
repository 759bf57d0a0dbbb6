package fi.taitoura.employment;

import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.security.Role;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.springframework.stereotype.Component;

/**
 * Who may do what in supported employment, in one place; the services name these rules in their
 * {@code @PreAuthorize} annotations ({@code @employmentAccess.mayReadCase(#caseId)}) so a reviewer reads the rule at
 * the method.
 * <ul>
 *   <li>A case, the employer register and employer contacts belong to a team of job coaches. Its members with the
 *   role JOB_COACH or TEAM_LEAD may read them; anyone else (a coach of another team too) is refused, and the views
 *   show a refused case as a missing page.</li>
 *   <li>Job coaches of the team record and change a case's forms, jobs, contacts and events; team leads of the team
 *   follow (read), take in new cases and assign the coach.</li>
 *   <li>A period's coach or career agent (who may write the period) may refer its trainee to supported employment
 *   and see the state of the case that continues the period.</li>
 *   <li>Teams are managed by administrators, and their members by the team's team leads.</li>
 * </ul>
 */
@Component("employmentAccess")
public class EmploymentAccess {

    private final CurrentUser currentUser;
    private final EmploymentTeamRepository teams;
    private final EmploymentCaseRepository cases;
    private final EmployerRepository employers;
    private final EmployerContactRepository contacts;
    private final TraineeService trainees;
    private final fi.taitoura.audit.AuditService audit;

    EmploymentAccess(CurrentUser currentUser, EmploymentTeamRepository teams, EmploymentCaseRepository cases,
                     EmployerRepository employers, EmployerContactRepository contacts, TraineeService trainees,
                     fi.taitoura.audit.AuditService audit) {
        this.currentUser = currentUser;
        this.teams = teams;
        this.cases = cases;
        this.employers = employers;
        this.contacts = contacts;
        this.trainees = trainees;
        this.audit = audit;
    }

    private boolean jobCoach() {
        return currentUser.hasRole(Role.JOB_COACH);
    }

    private boolean teamLead() {
        return currentUser.hasRole(Role.TEAM_LEAD);
    }

    /** The active teams the signed-in user is a member of as a job coach or team lead; empty for anyone else. */
    public Set<Long> myTeamIds() {
        if (currentUser.id().isEmpty() || !(jobCoach() || teamLead())) {
            return Set.of();
        }
        return new HashSet<>(teams.findTeamIdsOfMember(currentUser.requireId()));
    }

    /** The signed-in user works in supported employment (a job coach or team lead of some team). */
    public boolean mayUseEmployment() {
        return !myTeamIds().isEmpty();
    }

    public boolean isMember(Long teamId) {
        return teamId != null && myTeamIds().contains(teamId);
    }

    /** May open new cases in the team (its job coaches and team leads). */
    public boolean mayCreateCase(Long teamId) {
        return isMember(teamId);
    }

    /**
     * May read the case: the team's job coaches and team leads. A refusal is written to the audit log with the
     * client (issue 12: refused reads are logged), so the log answers "who tried to open client X".
     */
    public boolean mayReadCase(Long caseId) {
        if (caseId == null) {
            return false;
        }
        if (cases.findTeamId(caseId).map(this::isMember).orElse(false)) {
            return true;
        }
        cases.findById(caseId).ifPresent(c -> audit.recordRefused("EmploymentCase", caseId, c.traineeId));
        return false;
    }

    /** May record and change the case's forms, jobs, contacts and events: the team's job coaches. */
    public boolean mayWriteCase(Long caseId) {
        return jobCoach() && mayReadCase(caseId);
    }

    /** May change the case's basics and coach: the team's job coaches and team leads. */
    public boolean mayManageCase(Long caseId) {
        return mayReadCase(caseId);
    }

    /** May refer the period's trainee to supported employment and see the case's state: who may write the period. */
    public boolean mayReferFromPeriod(Long periodId) {
        return periodId != null && currentUser.id().isPresent() && trainees.canWritePeriod(periodId);
    }

    public boolean mayReadEmployer(Long employerId) {
        return employerId != null && employers.findById(employerId).map(e -> isMember(e.teamId)).orElse(false);
    }

    public boolean mayWriteEmployer(Long employerId) {
        return mayReadEmployer(employerId);
    }

    /** May change an employer contact: a job coach of the employer's team. */
    public boolean mayWriteContact(Long contactId) {
        return jobCoach() && contactId != null
                && contacts.findById(contactId).map(c -> mayReadEmployer(c.employerId)).orElse(false);
    }

    /** May record a contact with the employer: a job coach of the employer's team. */
    public boolean mayRecordContactWith(Long employerId) {
        return jobCoach() && mayReadEmployer(employerId);
    }

    /** May record contacts with the team's employers: its job coaches. */
    public boolean mayRecordContacts(Long teamId) {
        return jobCoach() && isMember(teamId);
    }

    /** Administrators manage all teams; a team lead the members of their own team. */
    public boolean mayManageTeam(Long teamId) {
        return currentUser.hasRole(Role.ADMIN) || (teamLead() && isMember(teamId));
    }

    public boolean mayCreateTeams() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** May read the team's figures (the team lead's follow-up, issue #15). */
    public boolean mayFollowTeam(Long teamId) {
        return teamLead() && isMember(teamId);
    }

    // ------------------------------------------------------------ for the trainee feature's grant

    boolean mayReadClient(Long traineeId) {
        Set<Long> mine = myTeamIds();
        return !mine.isEmpty() && cases.existsForTraineeInTeams(traineeId, mine);
    }

    boolean mayReadConsentedPeriod(Long periodId) {
        Set<Long> mine = myTeamIds();
        return !mine.isEmpty() && cases.existsConsentedForPeriodInTeams(periodId, mine);
    }

    boolean mayWriteClient(Long traineeId) {
        Set<Long> mine = myTeamIds();
        return jobCoach() && !mine.isEmpty() && cases.existsOpenForTraineeInTeams(traineeId, mine);
    }

    List<Long> teamIdsOrNone() {
        Set<Long> mine = myTeamIds();
        return mine.isEmpty() ? List.of(-1L) : List.copyOf(mine);
    }
}

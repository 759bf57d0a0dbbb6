package fi.taitoura.employment;

import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentRecords.TeamView;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams of job coaches: administrators create them and name their organisation; administrators and the team's
 * team leads choose the members (users with the role JOB_COACH or TEAM_LEAD).
 */
@Service
public class EmploymentTeamService {

    private final EmploymentTeamRepository teams;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;

    EmploymentTeamService(EmploymentTeamRepository teams, UserService users, CurrentUser currentUser,
                          AuditService audit) {
        this.teams = teams;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** All teams for an administrator; a team lead's own teams. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<TeamView> teams() {
        boolean admin = currentUser.hasRole(Role.ADMIN);
        Long me = currentUser.id().orElse(null);
        List<TeamView> list = new ArrayList<>();
        for (EmploymentTeam t : teams.findAllByOrderByNameAsc()) {
            if (admin || (me != null && t.memberIds.contains(me))) {
                list.add(view(t));
            }
        }
        return list;
    }

    private TeamView view(EmploymentTeam t) {
        List<Ref> members = users.findNames(t.memberIds).entrySet().stream()
                .map(e -> new Ref(e.getKey(), e.getValue())).sorted(Comparator.comparing(Ref::name)).toList();
        return new TeamView(t.getId(), t.getVersion(), t.organisationId, t.name, t.active, members);
    }

    /** Users who can be members: active job coaches and team leads. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<Ref> possibleMembers() {
        LinkedHashMap<Long, Ref> map = new LinkedHashMap<>();
        for (Role r : List.of(Role.JOB_COACH, Role.TEAM_LEAD)) {
            for (UserService.UserRef u : users.findActiveRefsByRole(r)) {
                map.putIfAbsent(u.id(), new Ref(u.id(), u.fullName()));
            }
        }
        return map.values().stream().sorted(Comparator.comparing(Ref::name)).toList();
    }

    /** Creates a team (id null) or renames / (de)activates one: administrators. */
    @PreAuthorize("@employmentAccess.mayCreateTeams()")
    @Transactional
    public Long saveTeam(Long teamId, long version, Long organisationId, String name, boolean active) {
        String n = blankToNull(name);
        if (n == null || organisationId == null) {
            throw new BusinessRuleException("employment.team.error.required");
        }
        EmploymentTeam t;
        if (teamId == null) {
            t = new EmploymentTeam();
        } else {
            t = teams.findById(teamId).orElseThrow();
            if (t.getVersion() != version) {
                throw new ConcurrentEditException("EmploymentTeam", teamId);
            }
        }
        if (teams.findAllByOrderByNameAsc().stream().anyMatch(o -> o.organisationId.equals(organisationId)
                && o.name.equalsIgnoreCase(n) && !o.getId().equals(teamId))) {
            throw new BusinessRuleException("employment.team.error.nameTaken", n);
        }
        t.organisationId = organisationId;
        t.name = EmploymentService.limit(n, 200);
        t.active = active;
        EmploymentTeam saved = teams.saveAndFlush(t);
        audit.recordChange(teamId == null ? AuditAction.CREATE : AuditAction.UPDATE, "EmploymentTeam", saved.getId(),
                null, AuditDetails.of("organisation", organisationId, "active", active));
        return saved.getId();
    }

    /** Sets the team's members (job coaches and team leads only). */
    @PreAuthorize("@employmentAccess.mayManageTeam(#teamId)")
    @Transactional
    public void setMembers(Long teamId, long version, Set<Long> userIds) {
        EmploymentTeam t = teams.findById(teamId).orElseThrow();
        if (t.getVersion() != version) {
            throw new ConcurrentEditException("EmploymentTeam", teamId);
        }
        Set<Long> allowed = possibleMembers().stream().map(Ref::id).collect(Collectors.toSet());
        if (!allowed.containsAll(userIds)) {
            throw new BusinessRuleException("employment.team.error.member");
        }
        Set<Long> before = new HashSet<>(t.memberIds);
        t.memberIds.clear();
        t.memberIds.addAll(userIds);
        teams.saveAndFlush(t); // a changed collection bumps the team's version: a stale edit is refused
        audit.recordChange(AuditAction.UPDATE, "EmploymentTeam", teamId, null, AuditDetails.of(
                "membersBefore", before.stream().sorted().toList(), "members", userIds.stream().sorted().toList()));
    }
}

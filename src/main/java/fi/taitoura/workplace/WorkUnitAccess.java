package fi.taitoura.workplace;

import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a work unit's records (the one place of these rules, named at the methods as
 * {@code @PreAuthorize("@workUnitAccess.mayView(#workUnitId)")}): ADMIN and TEAM_LEAD all units, a COACH the units
 * they are assigned to; a user named as reviewer of one of the unit's recognitions may see the unit and that
 * recognition.
 */
@Component("workUnitAccess")
public class WorkUnitAccess {

    private final CurrentUser currentUser;
    private final UserService users;
    private final RecognitionRepository recognitions;

    WorkUnitAccess(CurrentUser currentUser, UserService users, RecognitionRepository recognitions) {
        this.currentUser = currentUser;
        this.users = users;
        this.recognitions = recognitions;
    }

    boolean seesAll() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.TEAM_LEAD);
    }

    Set<Long> ownUnitIds() {
        return currentUser.id().map(users::findWorkUnitIds).orElse(Set.of());
    }

    boolean canEdit(Long workUnitId) {
        return seesAll() || currentUser.hasRole(Role.COACH) && ownUnitIds().contains(workUnitId);
    }

    boolean canView(Long workUnitId) {
        return canEdit(workUnitId) || currentUser.id()
                .map(uid -> recognitions.existsByWorkUnitIdAndReviewerId(workUnitId, uid)).orElse(false);
    }

    /** The signed-in user may see the work unit's records (recognitions, tasks, coverage). */
    public boolean mayView(Long workUnitId) {
        return workUnitId != null && canView(workUnitId);
    }

    /** The signed-in user may change the work unit's records. */
    public boolean mayEdit(Long workUnitId) {
        return workUnitId != null && canEdit(workUnitId);
    }

    void requireEdit(Long workUnitId) {
        if (!canEdit(workUnitId)) {
            throw new AccessDeniedException("Not an editor of work unit " + workUnitId);
        }
    }

    void requireView(Long workUnitId) {
        if (!canView(workUnitId)) {
            throw new AccessDeniedException("No access to work unit " + workUnitId);
        }
    }
}

package fi.taitoura.workplace;

import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a work unit's records (the one place of these rules, named at the methods as
 * {@code @PreAuthorize("@workUnitAccess.mayView(#workUnitId)")}); organisations take part (issue 12, finding 6):
 * <ul>
 * <li>the platform administrator (ADMIN without an organisation): every unit, and moving units between
 *     organisations;</li>
 * <li>an organisation's administrator and a TEAM_LEAD: the units of their own organisation (create, edit);</li>
 * <li>a COACH: the units they are assigned to, within their organisation;</li>
 * <li>a user named as reviewer of one of the unit's recognitions (a teacher of a school): may see the unit and
 *     that recognition.</li>
 * </ul>
 */
@Component("workUnitAccess")
public class WorkUnitAccess {

    private final CurrentUser currentUser;
    private final UserService users;
    private final RecognitionRepository recognitions;
    private final WorkUnitRepository workUnits;

    WorkUnitAccess(CurrentUser currentUser, UserService users, RecognitionRepository recognitions,
                   WorkUnitRepository workUnits) {
        this.currentUser = currentUser;
        this.users = users;
        this.recognitions = recognitions;
        this.workUnits = workUnits;
    }

    /** The platform administrator: every organisation's units. */
    boolean seesAll() {
        return currentUser.hasRole(Role.ADMIN) && currentUser.organisationId().isEmpty();
    }

    /** An organisation's administrator or a team lead: the units of their organisation. */
    boolean organisationWide() {
        return (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.TEAM_LEAD))
                && currentUser.organisationId().isPresent();
    }

    /** The signed-in user may create units in the organisation (and manage them there). */
    boolean mayManageUnitsOf(Long organisationId) {
        return seesAll() || organisationWide() && organisationId != null
                && organisationId.equals(currentUser.organisationId().orElse(null));
    }

    private boolean ofMyOrganisation(Long workUnitId) {
        Long mine = currentUser.organisationId().orElse(null);
        return mine != null && workUnits.findById(workUnitId)
                .map(w -> mine.equals(w.getOrganisation().getId())).orElse(false);
    }

    Set<Long> ownUnitIds() {
        return currentUser.id().map(users::findWorkUnitIds).orElse(Set.of());
    }

    boolean canEdit(Long workUnitId) {
        if (seesAll()) {
            return true;
        }
        boolean mine = organisationWide() || currentUser.hasRole(Role.COACH) && ownUnitIds().contains(workUnitId);
        return mine && ofMyOrganisation(workUnitId);
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

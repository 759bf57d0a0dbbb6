package fi.taitoura.user;

import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator may administer (issue 12, finding 6; named at the methods as
 * {@code @PreAuthorize("hasRole('ADMIN') and @adminAccess.mayManageUser(#id)")}):
 * <ul>
 * <li>the <b>platform administrator</b> (ADMIN without an organisation; the installation's operator): every
 *     organisation, its units and accounts, creating organisations;</li>
 * <li>an <b>organisation's administrator</b> (ADMIN with an organisation): the accounts of their organisation only
 *     (create, edit, reset a password, deactivate; never give an account another organisation or make a platform
 *     administrator), their organisation's record and work units, the audit log, retention and duplicates of their
 *     organisation's clients.</li>
 * </ul>
 * The shared reference data of the installation (the competence catalogue, capacity instruments, card types) hold
 * no client or organisation data and stay with every administrator (docs/adr/0023).
 */
@Component("adminAccess")
public class AdminAccess {

    private final CurrentUser currentUser;
    private final UserRepository users;

    AdminAccess(CurrentUser currentUser, UserRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    /** ADMIN without an organisation: the installation's platform administrator. */
    public boolean isPlatformAdmin() {
        return currentUser.hasRole(Role.ADMIN) && currentUser.organisationId().isEmpty();
    }

    /** The signed-in administrator may administer the organisation's records (its units, its own record). */
    public boolean mayAdministerOrganisation(Long organisationId) {
        return isPlatformAdmin() || currentUser.hasRole(Role.ADMIN) && organisationId != null
                && currentUser.organisationId().map(organisationId::equals).orElse(false);
    }

    /** The signed-in administrator may manage the account (null: a new account). */
    @Transactional(readOnly = true)
    public boolean mayManageUser(Long userId) {
        if (isPlatformAdmin()) {
            return true;
        }
        if (!currentUser.hasRole(Role.ADMIN)) {
            return false;
        }
        return userId == null || users.findById(userId).map(u -> mayAdministerOrganisation(u.getOrganisationId()))
                .orElse(false);
    }

    /**
     * The signed-in administrator may place an account in the organisation; null is their own organisation for an
     * organisation's administrator (the account is created there), no organisation for the platform administrator.
     */
    public boolean mayAssignTo(Long organisationId) {
        return isPlatformAdmin() || currentUser.hasRole(Role.ADMIN)
                && (organisationId == null || mayAdministerOrganisation(organisationId));
    }

    /** The signed-in user's organisation. */
    java.util.Optional<Long> currentOrganisation() {
        return currentUser.organisationId();
    }
}

package fi.taitoura.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user: Spring Security's user plus the account id, display name, organisation (for scoping the
 * audit log) and whether the password must be changed before anything else.
 */
public class TaitouraPrincipal extends User {

    private final Long userId;
    private final String fullName;
    private final Long organisationId;
    private final boolean passwordChangeRequired;

    public TaitouraPrincipal(Long userId, String username, String fullName, String passwordHash, boolean enabled,
                             Collection<? extends GrantedAuthority> authorities) {
        this(userId, username, fullName, passwordHash, enabled, authorities, null, false);
    }

    public TaitouraPrincipal(Long userId, String username, String fullName, String passwordHash, boolean enabled,
                             Collection<? extends GrantedAuthority> authorities, Long organisationId,
                             boolean passwordChangeRequired) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.userId = userId;
        this.fullName = fullName;
        this.organisationId = organisationId;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public Long getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }
}

package fi.taitoura.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user: Spring Security's user plus the account id and display name. */
public class TaitouraPrincipal extends User {

    private final Long userId;
    private final String fullName;

    public TaitouraPrincipal(Long userId, String username, String fullName, String passwordHash, boolean enabled,
                             Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.userId = userId;
        this.fullName = fullName;
    }

    public Long getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }
}

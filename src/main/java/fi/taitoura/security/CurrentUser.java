package fi.taitoura.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views. */
@Component
public class CurrentUser {

    public Optional<TaitouraPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TaitouraPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    public Optional<Long> id() {
        return principal().map(TaitouraPrincipal::getUserId);
    }

    /** The organisation of the signed-in user, if any (none for a system administrator and for the system). */
    public Optional<Long> organisationId() {
        return principal().map(TaitouraPrincipal::getOrganisationId);
    }

    /** The signed-in user's id; fails when nobody is signed in (a programming error behind @PreAuthorize). */
    public Long requireId() {
        return id().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || "anonymousUser".equals(auth.getName()) ? Optional.empty() : Optional.of(auth.getName());
    }

    public Set<Role> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (auth != null) {
            for (GrantedAuthority a : auth.getAuthorities()) {
                for (Role r : Role.values()) {
                    if (r.authority().equals(a.getAuthority())) {
                        roles.add(r);
                    }
                }
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }
}

package fi.taitoura.demo;

import fi.taitoura.security.TaitouraPrincipal;
import fi.taitoura.user.AppUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Demo data is recorded as the demo users would record it, so rights and the audit log apply as in use. */
public final class DemoSecurity {

    private DemoSecurity() {
    }

    public static <T> T as(AppUser user, Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        var authorities = user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var principal = new TaitouraPrincipal(user.getId(), user.getUsername(), user.getFullName(), "", true,
                authorities, user.getOrganisationId(), false);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}

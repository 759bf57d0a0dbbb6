package fi.taitoura.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs catalogue work as the system (the command line, the first-start import): an administrator without a user
 * account, recorded as "system" in the audit log.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        var authorities = List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()));
        var principal = new TaitouraPrincipal(null, "system", "Taitoura", "", true, authorities);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}

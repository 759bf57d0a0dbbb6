package fi.taitoura.audit;

import fi.taitoura.security.LoginThrottledException;
import fi.taitoura.security.TaitouraPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Writes every sign-in and failed sign-in to the audit log (a throttled attempt is not a new failure). */
@Component
class SignInAudit {

    private final AuditService audit;

    SignInAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void signInSucceeded(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        Long id = auth.getPrincipal() instanceof TaitouraPrincipal p ? p.getUserId() : null;
        audit.recordSecurityEvent(AuditAction.SIGN_IN, auth.getName(), id, null);
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginThrottledException) {
            return;
        }
        String name = event.getAuthentication().getName();
        audit.recordSecurityEvent(AuditAction.SIGN_IN_FAILED, name == null || name.length() > 64 ? "?" : name,
                null, null);
    }
}

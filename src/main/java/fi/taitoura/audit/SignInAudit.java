package fi.taitoura.audit;

import fi.taitoura.security.SignInRefusedEvent;
import fi.taitoura.security.TaitouraPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes every sign-in and every refused sign-in to the audit log, within the account's organisation. A refused
 * attempt names the account only when there is one ("?" otherwise: the typed text is never kept).
 */
@Component
class SignInAudit {

    private final AuditService audit;

    SignInAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void signInSucceeded(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        TaitouraPrincipal p = auth.getPrincipal() instanceof TaitouraPrincipal t ? t : null;
        audit.recordSecurityEvent(AuditAction.SIGN_IN, auth.getName(), p == null ? null : p.getUserId(),
                p == null ? null : p.getOrganisationId(), null);
    }

    @EventListener
    void signInRefused(SignInRefusedEvent event) {
        audit.recordSecurityEvent(event.blocked() ? AuditAction.SIGN_IN_BLOCKED : AuditAction.SIGN_IN_FAILED,
                event.actor(), event.accountId(), event.organisationId(), "reason=" + event.reason());
    }
}

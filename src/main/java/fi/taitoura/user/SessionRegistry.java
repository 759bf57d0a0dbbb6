package fi.taitoura.user;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.security.TaitouraPrincipal;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open HTTP sessions of each account, learnt from the security context stored in the session (Spring Boot
 * registers this bean as a servlet listener). When an account's access changes ({@link UserAccessChangedEvent}),
 * its sessions are invalidated: the next request of that browser lands on the sign-in page. One application node
 * knows only its own sessions; with several nodes, each receives the event only for changes it made itself, so
 * sticky sessions plus the short idle timeout bound the rest (see docs/security-and-privacy.md).
 */
@Component
public class SessionRegistry implements HttpSessionListener, HttpSessionAttributeListener {

    private static final Logger log = LoggerFactory.getLogger(SessionRegistry.class);
    private static final String KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Map<Long, Set<HttpSession>> byUser = new ConcurrentHashMap<>();
    private final AuditService audit;

    SessionRegistry(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        track(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        track(event);
    }

    private void track(HttpSessionBindingEvent event) {
        if (KEY.equals(event.getName())) {
            Object value = event.getSession().getAttribute(KEY);
            if (value instanceof SecurityContext ctx && ctx.getAuthentication() != null
                    && ctx.getAuthentication().getPrincipal() instanceof TaitouraPrincipal p) {
                register(p.getUserId(), event.getSession());
            }
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        byUser.values().forEach(set -> set.remove(event.getSession()));
    }

    /** Remembers that the session belongs to the account. */
    public void register(Long userId, HttpSession session) {
        byUser.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** How many open sessions the account has on this node. */
    public int openSessions(Long userId) {
        return byUser.getOrDefault(userId, Set.of()).size();
    }

    /** Ends every open session of the account except {@code keepSessionId}; returns how many ended. */
    public int endSessionsOf(Long userId, String keepSessionId) {
        Set<HttpSession> sessions = byUser.getOrDefault(userId, Set.of());
        int ended = 0;
        for (HttpSession s : List.copyOf(sessions)) {
            try {
                if (keepSessionId != null && keepSessionId.equals(s.getId())) {
                    continue;
                }
                sessions.remove(s);
                s.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(s);
            }
        }
        return ended;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onAccessChanged(UserAccessChangedEvent event) {
        int ended = endSessionsOf(event.userId(), event.keepSessionId());
        if (ended > 0) {
            log.info("Ended {} session(s) of user {} ({})", ended, event.userId(), event.reason());
            audit.recordSecurityEvent(AuditAction.UPDATE, "system", null,
                    AuditDetails.of("what", "sessionsEnded", "user", event.userId(), "count", ended,
                            "reason", event.reason()));
        }
    }
}

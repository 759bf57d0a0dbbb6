package fi.taitoura.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import fi.taitoura.security.TaitouraPrincipal;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Session rules for every UI of a signed-in user (docs/security-and-privacy.md):
 * <ul>
 * <li>an idle session ends: Vaadin's {@code closeIdleSessions} closes it after the servlet session timeout of no
 * user activity (heartbeats do not count), and this guard then invalidates the HTTP session too, so the user is
 * signed out, not only shown a fresh page;</li>
 * <li>before that, the page warns ({@link IdleWarning}) and typing keeps the session alive, so nothing typed is lost
 * to the timeout;</li>
 * <li>a password set by an administrator must be changed first: every navigation goes to {@code /password} until
 * it is.</li>
 * </ul>
 */
@Component
class SessionGuard implements VaadinServiceInitListener {

    static final String HTTP_SESSION = SessionGuard.class.getName() + ".http";
    static final String MUST_CHANGE_PASSWORD = SessionGuard.class.getName() + ".mustChangePassword";

    private final Duration timeout;
    private final Duration warning;

    SessionGuard(@Value("${server.servlet.session.timeout:15m}") Duration timeout,
                 @Value("${taitoura.session.idle-warning:PT2M}") Duration warning) {
        this.timeout = timeout;
        this.warning = warning;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setAttribute(HTTP_SESSION,
                e.getSession().getSession()));
        event.getSource().addSessionDestroyListener(e -> endHttpSession(e.getSession()));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof TaitouraPrincipal p) {
                IdleWarning.install(ui, timeout, warning);
                if (p.isPasswordChangeRequired() && ui.getSession().getAttribute(MUST_CHANGE_PASSWORD) == null) {
                    ui.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
                }
                ui.addBeforeEnterListener(this::forcePasswordChange);
            }
        });
    }

    private void forcePasswordChange(BeforeEnterEvent event) {
        VaadinSession session = event.getUI().getSession();
        if (Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD))
                && event.getNavigationTarget() != ChangePasswordView.class
                && event.getNavigationTarget() != LoginView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    /** Marks the password as changed for this browser session (the view calls it after a successful change). */
    static void passwordChanged(VaadinSession session) {
        session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.FALSE);
    }

    /** A Vaadin session closed for being idle (or for any reason) takes the signed-in HTTP session with it. */
    static void endHttpSession(VaadinSession session) {
        Object wrapped = session.getAttribute(HTTP_SESSION);
        if (wrapped instanceof WrappedSession ws) {
            try {
                ws.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // the HTTP session ended first (sign-out, servlet timeout)
            }
        }
    }
}

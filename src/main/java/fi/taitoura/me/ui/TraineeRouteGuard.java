package fi.taitoura.me.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import org.springframework.stereotype.Component;

/**
 * A trainee (issue #16) opens only their own pages: the start page and the password page lead to theirs, every
 * other page (also the staff pages any account may open) looks like a missing one, and the refusal is in the
 * audit log (the shell's access-denied view).
 */
@Component
class TraineeRouteGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    TraineeRouteGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::guard));
    }

    private void guard(BeforeEnterEvent event) {
        if (!currentUser.hasRole(Role.TRAINEE)) {
            return;
        }
        Class<?> target = event.getNavigationTarget();
        String path = event.getLocation().getPath();
        if (target.getPackage() == TraineeRouteGuard.class.getPackage() || path.equals("login")
                || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        if (path.isEmpty() || path.equals("setup")) {
            event.forwardTo(MeHomeView.class);
        } else if (path.equals("password")) {
            event.forwardTo(MePasswordView.class);
        } else if (!path.startsWith("verify") && !path.startsWith("share/")) {
            event.rerouteToError(AccessDeniedException.class); // looks missing; the refusal is audited
        }
    }
}

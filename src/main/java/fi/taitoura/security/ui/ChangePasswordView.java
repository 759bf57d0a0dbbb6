package fi.taitoura.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.base.ui.PasswordForm;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.OwnPassword;
import jakarta.annotation.security.PermitAll;

/**
 * Every user changes their own password here; a user whose password an administrator set is sent here first. The
 * current password is asked again; the new one is typed twice. Other sessions of the user end.
 */
@Menu(title = "nav.password", order = 1000, icon = "vaadin:key")
@Route("password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(OwnPassword users, CurrentUser currentUser) {
        Paragraph intro = new Paragraph(getTranslation(Boolean.TRUE.equals(VaadinSession.getCurrent()
                .getAttribute(SessionGuard.MUST_CHANGE_PASSWORD)) ? "password.introRequired" : "password.intro"));
        PasswordForm form = new PasswordForm("password", true, users.minimumLength(),
                (current, next, sessionId) -> users.changeOwnPassword(currentUser.username().orElseThrow(), current,
                        next, sessionId),
                () -> {
                    SessionGuard.passwordChanged(VaadinSession.getCurrent());
                    Notifications.success(getTranslation("password.changed"));
                    getUI().ifPresent(ui -> ui.navigate(""));
                });
        add(intro, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}

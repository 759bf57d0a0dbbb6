package fi.taitoura.me.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.ui.PasswordForm;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.TraineeUserAccounts;
import fi.taitoura.user.UserService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The trainee sets their own password (issue #16): right after signing in with the one-time code (no old password
 * asked then), or later to change it. The user name for later sign-ins is shown.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route("me/password")
@Menu(title = "me.nav.password", order = 90, icon = "vaadin:key")
@RolesAllowed(Role.Names.TRAINEE)
public class MePasswordView extends VerticalLayout implements HasDynamicTitle {

    MePasswordView(TraineeUserAccounts accounts, CurrentUser currentUser) {
        addClassName("me-view");
        boolean firstTime = accounts.signedInWithCode();
        add(new Paragraph(getTranslation(firstTime ? "me.password.introFirst" : "me.password.intro")));
        Paragraph name = new Paragraph(getTranslation("me.password.username",
                currentUser.username().orElse("")));
        name.setId("me-username");
        name.addClassName("me-username");
        add(name);
        PasswordForm form = new PasswordForm("me-password", !firstTime, UserService.MIN_PASSWORD_LENGTH,
                accounts::setOwnPassword, () -> {
                    fi.taitoura.base.ui.Notifications.success(getTranslation("me.password.saved"));
                    getUI().ifPresent(ui -> ui.navigate(MeHomeView.class));
                });
        form.getSaveButton().addThemeVariants(ButtonVariant.LARGE);
        form.getSaveButton().addClassName("me-big-button");
        add(form);
        // a passkey instead of (or beside) the password: the phone's own lock opens Taitoura (ADR 0033)
        Paragraph orPasskey = new Paragraph(getTranslation("me.password.orPasskey"));
        add(orPasskey, MeLinks.big("me/signin", getTranslation("passkey.add"), "me-password-passkey"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.password.title");
    }
}

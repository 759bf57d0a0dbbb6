package fi.taitoura.me.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.Passkeys;
import jakarta.annotation.security.RolesAllowed;

/**
 * The trainee's sign-in methods (issue 16, ADR 0033): their user name, the password (changed on its own page) and
 * their passkeys, which they add on their own phone.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route("me/signin")
@Menu(title = "me.nav.signin", order = 89, icon = "vaadin:key-o")
@RolesAllowed(Role.Names.TRAINEE)
public class MeSignInView extends VerticalLayout implements HasDynamicTitle {

    MeSignInView(Passkeys passkeys, CurrentUser currentUser) {
        addClassName("me-view");
        add(new Paragraph(getTranslation("me.signin.intro")));
        Paragraph name = new Paragraph(getTranslation("me.password.username", currentUser.username().orElse("")));
        name.setId("me-username");
        name.addClassName("me-username");
        add(name);
        add(new PasskeySection(passkeys));
        Section password = MeHomeView.section("me-signin-password", getTranslation("me.signin.password"));
        password.add(new Paragraph(getTranslation("me.signin.passwordText")),
                MeLinks.big("me/password", getTranslation("me.signin.changePassword"), "me-signin-change-password"));
        add(password);
        add(MeLinks.big("me", getTranslation("me.backHome"), "me-back-home"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.signin.title");
    }
}

package fi.taitoura.me.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import fi.taitoura.base.BusinessRuleException;
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
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setVisible(!firstTime);
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("user.passwordHelp", UserService.MIN_PASSWORD_LENGTH));
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        next.setId("me-password-new");
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setId("me-password-repeat");
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.setWidthFull();
            f.setMaxWidth("28rem");
            f.setRequiredIndicatorVisible(true);
        }
        Button save = new Button(getTranslation("password.save"), e -> {
            next.setInvalid(false);
            repeat.setInvalid(false);
            current.setInvalid(false);
            if (next.getValue().length() < UserService.MIN_PASSWORD_LENGTH) {
                next.setErrorMessage(getTranslation("user.error.passwordTooShort", UserService.MIN_PASSWORD_LENGTH));
                next.setInvalid(true);
                return;
            }
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                String sessionId = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r
                        && r.getHttpServletRequest().getSession(false) != null
                        ? r.getHttpServletRequest().getSession(false).getId() : null;
                accounts.setOwnPassword(current.getValue(), next.getValue(), sessionId);
                fi.taitoura.base.ui.Notifications.success(getTranslation("me.password.saved"));
                getUI().ifPresent(ui -> ui.navigate(MeHomeView.class));
            } catch (BusinessRuleException ex) {
                PasswordField field = "password.error.current".equals(ex.getMessageKey()) ? current : next;
                field.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getParams()));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        save.addClassName("me-big-button");
        save.setId("me-password-save");
        add(current, next, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.password.title");
    }
}

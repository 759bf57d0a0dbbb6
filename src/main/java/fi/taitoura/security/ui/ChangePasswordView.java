package fi.taitoura.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinServletRequest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ui.Notifications;
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
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("user.passwordHelp", users.minimumLength()));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        current.setId("password-current");
        next.setId("password-new");
        repeat.setId("password-repeat");
        java.util.List.of(current, next, repeat).forEach(f -> {
            f.setRequiredIndicatorVisible(true);
            f.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        });
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Paragraph intro = new Paragraph(getTranslation(Boolean.TRUE.equals(VaadinSession.getCurrent()
                .getAttribute(SessionGuard.MUST_CHANGE_PASSWORD)) ? "password.introRequired" : "password.intro"));
        Button save = new Button(getTranslation("password.save"), e -> {
            java.util.List.of(current, next, repeat).forEach(f -> f.setInvalid(false));
            if (next.getValue().length() < users.minimumLength()) {
                next.setErrorMessage(getTranslation("user.error.passwordTooShort", users.minimumLength()));
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
                users.changeOwnPassword(currentUser.username().orElseThrow(), current.getValue(), next.getValue(),
                        sessionId);
                SessionGuard.passwordChanged(VaadinSession.getCurrent());
                Notifications.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (BusinessRuleException ex) {
                PasswordField field = "password.error.current".equals(ex.getMessageKey()) ? current : next;
                field.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getParams()));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("password-save");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(intro, form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}

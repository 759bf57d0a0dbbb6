package fi.taitoura.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.user.InitialAdminSetup;
import fi.taitoura.user.UserService;

/** First start outside the demo: the operator creates the first administrator with the printed one-time token. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InitialAdminSetup setup;

    SetupView(InitialAdminSetup setup) {
        this.setup = setup;
        addClassName("login-view");
        TextField token = new TextField(getTranslation("setup.token"));
        TextField username = new TextField(getTranslation("user.username"));
        TextField fullName = new TextField(getTranslation("user.fullName"));
        PasswordField password = new PasswordField(getTranslation("setup.password"));
        password.setHelperText(getTranslation("user.passwordHelp", UserService.MIN_PASSWORD_LENGTH));
        java.util.List.of(token, username, fullName, password).forEach(f -> f.setRequiredIndicatorVisible(true));
        Button create = new Button(getTranslation("setup.create"), e -> {
            if (username.isEmpty() || fullName.isEmpty()) {
                username.setInvalid(username.isEmpty());
                username.setErrorMessage(getTranslation("validation.required"));
                fullName.setInvalid(fullName.isEmpty());
                fullName.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                if (setup.complete(token.getValue(), username.getValue(), fullName.getValue(), password.getValue())) {
                    getUI().ifPresent(ui -> ui.navigate("login"));
                } else {
                    token.setInvalid(true);
                    token.setErrorMessage(getTranslation("setup.error.token"));
                }
            } catch (BusinessRuleException ex) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getParams()));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(token, username, fullName, password);
        com.vaadin.flow.component.html.Div card = new com.vaadin.flow.component.html.Div(
                new H1("Taitoura"), new Paragraph(getTranslation("setup.intro")), form, create);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (setup.pendingToken().isEmpty()) {
            Notification.show(getTranslation("setup.error.adminExists"));
            event.forwardTo("login");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.create");
    }
}

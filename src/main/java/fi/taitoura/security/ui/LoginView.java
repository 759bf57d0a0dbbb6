package fi.taitoura.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.taitoura.base.i18n.LocaleSupport;
import fi.taitoura.base.ui.LanguageSelect;
import fi.taitoura.security.LoginThrottledException;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;

/** The sign-in page, Finnish by default, with the language switch. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext authenticationContext;

    public LoginView(LocaleSupport localeSupport, AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        Div langRow = new Div(new LanguageSelect(localeSupport));
        langRow.addClassName("login-lang");
        H1 title = new H1("Taitoura");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        Div card = new Div(title, tagline, login, passkeyRow());
        card.addClassName("login-card");
        add(langRow, card);
    }

    /** Sign-in with a passkey (ADR 0033): Spring Security's WebAuthn ceremony, run by scripts/passkeys.js. */
    private Div passkeyRow() {
        Paragraph status = new Paragraph();
        status.setId("login-passkey-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        Button passkey = new Button(getTranslation("login.passkey"), VaadinIcon.KEY.create());
        passkey.setId("login-passkey");
        passkey.addThemeVariants(ButtonVariant.LARGE);
        passkey.setWidthFull();
        passkey.setDisableOnClick(true);
        passkey.addClickListener(e -> {
            status.setText(getTranslation("login.passkeyWorking"));
            CsrfToken csrf = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r
                    && r.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken t ? t : null;
            getElement().executeJs("return window.taitouraPasskeys.authenticate($0, $1)"
                            + ".then(url => { window.location.assign(url); return 'ok'; })",
                            csrf == null ? "" : csrf.getHeaderName(), csrf == null ? "" : csrf.getToken())
                    .then(String.class, ok -> { }, error -> {
                        status.setText(getTranslation(error != null && error.contains("unsupported")
                                ? "login.passkeyUnsupported" : "login.passkeyFailed"));
                        passkey.setEnabled(true);
                    });
        });
        Div row = new Div(passkey, status);
        row.addClassName("login-passkey");
        return row;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://scripts/passkeys.js");
    }

    private LoginI18n i18n(String errorMessageKey, Object... params) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorMessageKey + ".title"));
        error.setMessage(getTranslation(errorMessageKey + ".message", params));
        error.setUsername(getTranslation("login.required"));
        error.setPassword(getTranslation("login.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        String key = "login.error";
        Object[] params = new Object[0];
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (error && VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpSession session = request.getHttpServletRequest().getSession(false);
            Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (last instanceof LoginThrottledException t) {
                key = switch (t.getLevel()) {
                    case ACCOUNT -> "login.throttled";
                    case ADDRESS -> "login.throttledAddress";
                    case GLOBAL -> "login.throttledGlobal";
                };
                params = new Object[] {t.getSeconds()};
            }
        }
        login.setI18n(i18n(key, params));
        login.setError(error);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}

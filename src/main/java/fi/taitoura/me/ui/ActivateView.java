package fi.taitoura.me.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.taitoura.base.i18n.LocaleSupport;
import fi.taitoura.base.ui.LanguageSelect;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The trainee's first sign-in (issue #16): they type the one-time code the coach handed over (or open the QR code's
 * address, which fills it in) and the form posts it to Spring Security's one-time-token login ({@code /login/ott}).
 * A plain HTML form: large, labelled, works with a screen reader and without anything clever.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route(value = "activate", autoLayout = false)
@AnonymousAllowed
public class ActivateView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final Element input = new Element("input");
    private final Paragraph error = new Paragraph();

    public ActivateView(LocaleSupport localeSupport, AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassNames("login-view", "activate-view");
        Div langRow = new Div(new LanguageSelect(localeSupport));
        langRow.addClassName("login-lang");

        H1 title = new H1(getTranslation("me.activate.title"));
        Paragraph intro = new Paragraph(getTranslation("me.activate.intro"));
        error.setId("activate-error");
        error.addClassName("activate-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "login/ott");
        form.getClassList().add("activate-form");
        Element label = new Element("label");
        label.setAttribute("for", "activate-code");
        label.setText(getTranslation("me.activate.code"));
        input.setAttribute("id", "activate-code");
        input.setAttribute("name", "token");
        input.setAttribute("type", "text");
        input.setAttribute("required", true);
        input.setAttribute("autocomplete", "one-time-code");
        input.setAttribute("autocapitalize", "characters");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("maxlength", "20");
        input.setAttribute("aria-describedby", "activate-help");
        Element help = new Element("p");
        help.setAttribute("id", "activate-help");
        help.getClassList().add("activate-help");
        help.setText(getTranslation("me.activate.help"));
        Element csrf = new Element("input");
        csrf.setAttribute("type", "hidden");
        if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r
                && r.getHttpServletRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            csrf.setAttribute("name", token.getParameterName());
            csrf.setAttribute("value", token.getToken());
        }
        Element submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setAttribute("id", "activate-submit");
        submit.getClassList().add("activate-submit");
        submit.setText(getTranslation("me.activate.submit"));
        form.appendChild(label, input, help, csrf, submit);

        Div card = new Div(title, intro, error);
        card.getElement().appendChild(form);
        card.addClassName("login-card");
        Paragraph staff = new Paragraph(getTranslation("me.activate.otherwise"));
        staff.addClassName("activate-other");
        com.vaadin.flow.component.html.Anchor login = new com.vaadin.flow.component.html.Anchor("login",
                getTranslation("me.activate.toLogin"));
        staff.add(new com.vaadin.flow.component.html.Span(" "), login);
        card.add(staff);
        add(langRow, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        error.setVisible(params.containsKey("error") || params.containsKey("blocked"));
        error.setText(getTranslation("me.activate.error"));
        var blocked = params.getOrDefault("blocked", java.util.List.of());
        if (!blocked.isEmpty() && blocked.get(0).matches("[0-9]{1,3}")) {
            // too many wrong codes from here: say how long to wait (issue #16)
            error.setText(getTranslation("me.activate.blocked", Integer.parseInt(blocked.get(0))));
        }
        var code = params.getOrDefault("code", java.util.List.of());
        if (!code.isEmpty() && code.get(0).matches("[A-Za-z0-9-]{1,20}")) {
            input.setAttribute("value", code.get(0));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.activate.title");
    }
}

package fi.taitoura.document.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.taitoura.base.i18n.LocaleSupport;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.LanguageSelect;
import fi.taitoura.document.DocumentKind;
import fi.taitoura.document.DocumentService;
import fi.taitoura.security.PublicRateLimiter;
import com.vaadin.flow.server.VaadinRequest;
import fi.taitoura.document.Verification;
import java.time.format.DateTimeFormatter;

/**
 * Public verification of an issued document (no sign-in): genuine and current or not, issuer, document type,
 * date and the trainee's name — nothing else.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy")
            .withZone(Time.zone());

    private final DocumentService documents;
    private final TranslationProvider translations;
    private final Div result = new Div();
    private final TextField code = new TextField();
    private final PublicRateLimiter limiter;

    VerifyView(DocumentService documents, TranslationProvider translations, LocaleSupport localeSupport,
               java.util.List<fi.taitoura.document.VerifyPageSection> sections, PublicRateLimiter limiter) {
        this.documents = documents;
        this.limiter = limiter;
        this.translations = translations;
        addClassName("verify-view");
        Div lang = new Div(new LanguageSelect(localeSupport));
        lang.addClassName("login-lang");
        code.setLabel(getTranslation("verify.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setMaxLength(20);
        code.setId("verify-code");
        Button check = new Button(getTranslation("verify.check"), e -> show(code.getValue()));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        result.setId("verify-result");
        Div card = new Div(new H1("Taitoura"), new Paragraph(getTranslation("verify.intro")), form, result);
        card.addClassName("verify-card");
        add(lang, card);
        sections.forEach(section -> {
            Div extra = new Div(section.create());
            extra.addClassName("verify-card");
            add(extra);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(c -> {
            code.setValue(c);
            show(c);
        });
    }

    private void show(String value) {
        result.removeAll();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (!limiter.tryAcquire("verify", request == null ? null : request.getRemoteAddr())) {
            result.setClassName("verify-result verify-warning");
            result.add(new Paragraph(getTranslation("verify.limited")));
            return;
        }
        Verification v = documents.verify(value);
        String css = switch (v.result()) {
            case VALID -> "verify-valid";
            case SUPERSEDED, WITHDRAWN -> "verify-warning";
            case UNKNOWN -> "verify-unknown";
        };
        result.setClassName("verify-result " + css);
        var icon = (v.result() == Verification.Result.VALID ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        H2 headline = new H2(getTranslation("verify.result." + v.result().name()));
        result.add(new HorizontalLayout(icon, headline));
        if (v.result() != Verification.Result.UNKNOWN) {
            // Only a certificate is named: "end-of-period summary" would tell anyone holding a code that the person
            // was a client of a social-welfare service.
            result.add(line("verify.documentType", v.kind() == DocumentKind.COMPETENCE_CERTIFICATE
                            ? translations.enumLabel(v.kind(), getLocale()) : getTranslation("verify.kindNeutral")),
                    line("verify.issuer", v.issuerName()),
                    line("verify.issuedAt", DATE.format(v.issuedAt())),
                    line("verify.trainee", v.traineeName()));
            if (v.withdrawnAt() != null) {
                result.add(line("verify.withdrawnAt", DATE.format(v.withdrawnAt())));
            }
            if (v.result() == Verification.Result.VALID) {
                String normalised = value.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "");
                Anchor open = new Anchor("/verify/" + normalised.substring(0, 4) + "-" + normalised.substring(4, 8)
                        + "-" + normalised.substring(8) + "/document", getTranslation("verify.document.open"));
                open.setId("verify-document-link");
                open.setRouterIgnore(true);
                result.add(new Paragraph(open));
            }
        } else {
            result.add(new Paragraph(getTranslation("verify.unknownHelp")));
        }
    }

    private Paragraph line(String key, String value) {
        Paragraph p = new Paragraph(getTranslation(key) + ": " + value);
        p.addClassName("verify-line");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}

package fi.taitoura.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chooses each UI's language: the signed-in user's saved choice, else the language cookie, else Finnish.
 * Switching the language saves it in both, so it is remembered on the sign-in page and on every device.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    public static final String COOKIE = "taitoura-lang";

    private final LocalePreferences preferences;

    public LocaleSupport(@Lazy LocalePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the page's language for screen readers and hyphenation (WCAG 3.1.1): the sign-in page's HTML already, and
        // each UI once it knows the user's choice (the tour found lang="fi" on every Swedish page)
        event.addIndexHtmlRequestListener(r -> r.getDocument().select("html")
                .attr("lang", resolve(r.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(e -> {
            Locale locale = resolve(VaadinRequest.getCurrent());
            e.getUI().setLocale(locale);
            VaadinSession.getCurrent().setLocale(locale);
            markLanguage(e.getUI(), locale);
        });
    }

    Locale resolve(VaadinRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
            Optional<String> saved = preferences.find(auth.getName());
            if (saved.isPresent()) {
                return TranslationProvider.supported(Locale.of(saved.get()));
            }
        }
        if (request != null && request.getCookies() != null) {
            return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .map(c -> TranslationProvider.supported(Locale.of(c.getValue())))
                    .orElse(TranslationProvider.FINNISH);
        }
        return TranslationProvider.FINNISH;
    }

    /** Switches the current UI to the given language, remembers it, and reloads the page. */
    public void switchTo(Locale locale) {
        Locale chosen = TranslationProvider.supported(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
            preferences.save(auth.getName(), chosen.getLanguage());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
            VaadinSession.getCurrent().setLocale(chosen);
            markLanguage(ui, chosen);
            ui.getPage().reload();
        }
    }

    /** Sets {@code <html lang>} of the UI's page to the language it shows. */
    static void markLanguage(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}

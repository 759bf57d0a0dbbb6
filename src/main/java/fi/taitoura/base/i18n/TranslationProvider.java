package fi.taitoura.base.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * All user-interface text, in Finnish (the default), Swedish and English, from
 * {@code vaadin-i18n/translations_<lang>.properties}: Vaadin's own {@link DefaultI18NProvider} reads them; this
 * bean adds what the app needs around it: an unsupported language falls back to Finnish (not to the server's
 * locale), enum labels by convention, and a key check. It is a plain bean, so documents made outside a browser
 * session (command mode, scheduled work) translate the same way. A key missing in a language shows as Vaadin's
 * missing-key marker; {@code TranslationsTest} keeps the three files' keys equal.
 */
@Component
public class TranslationProvider extends DefaultI18NProvider {

    public static final Locale FINNISH = Locale.of("fi");
    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FINNISH, SWEDISH, ENGLISH);

    private final Set<String> finnishKeys;

    public TranslationProvider() {
        super(LOCALES, TranslationProvider.class.getClassLoader());
        finnishKeys = Set.copyOf(ResourceBundle.getBundle(BUNDLE_PREFIX, FINNISH,
                TranslationProvider.class.getClassLoader()).keySet());
    }

    /** The supported locale closest to the given one; Finnish when none matches. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return FINNISH;
        }
        return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(FINNISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return super.getTranslation(key, supported(locale), params);
    }

    /** True when the key exists in Finnish, the reference language. */
    public boolean hasKey(String key) {
        return finnishKeys.contains(key);
    }

    /** Translation of an enum constant, under the key {@code enum.<SimpleClassName>.<CONSTANT>}. */
    public String enumLabel(Enum<?> value, Locale locale) {
        return value == null ? "" : getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), locale);
    }
}

package fi.taitoura.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * All user-interface text, in Finnish (the default), Swedish and English, from
 * {@code vaadin-i18n/translations_<lang>.properties} (UTF-8). A missing key falls back to Finnish; a key missing
 * there too is shown as {@code !key!} so that it is noticed, and a test fails on it.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale FINNISH = Locale.of("fi");
    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FINNISH, SWEDISH, ENGLISH);

    private final Map<String, Properties> bundles = new HashMap<>();

    public TranslationProvider() {
        for (Locale locale : LOCALES) {
            bundles.put(locale.getLanguage(), load("vaadin-i18n/translations_" + locale.getLanguage() + ".properties"));
        }
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = TranslationProvider.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing translation file " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
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
        String value = bundles.get(supported(locale).getLanguage()).getProperty(key);
        if (value == null) {
            value = bundles.get(FINNISH.getLanguage()).getProperty(key);
        }
        if (value == null) {
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return value;
        }
        return new MessageFormat(value, supported(locale)).format(params);
    }

    /** True when the key exists in Finnish, the reference language. */
    public boolean hasKey(String key) {
        return bundles.get(FINNISH.getLanguage()).containsKey(key);
    }

    /** Translation of an enum constant, under the key {@code enum.<SimpleClassName>.<CONSTANT>}. */
    public String enumLabel(Enum<?> value, Locale locale) {
        return value == null ? "" : getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), locale);
    }
}

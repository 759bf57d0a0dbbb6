package fi.taitoura.base.db;

import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in Finnish, Swedish and English, any of which may be missing. Shown in the user's language, falling back
 * to Finnish (the language every official text has). Map its columns with {@code @AttributeOverride}.
 */
@Embeddable
public class LocalizedText {

    private String fi;
    private String sv;
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String fi, String sv, String en) {
        this.fi = fi;
        this.sv = sv;
        this.en = en;
    }

    public static LocalizedText of(String fi) {
        return new LocalizedText(fi, null, null);
    }

    public String getFi() {
        return fi;
    }

    public String getSv() {
        return sv;
    }

    public String getEn() {
        return en;
    }

    /** The text in the locale's language, else Finnish, else any language present; never null. */
    public String in(Locale locale) {
        String lang = locale == null ? "fi" : locale.getLanguage();
        String value = switch (lang) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        if (isBlank(value)) {
            value = !isBlank(fi) ? fi : !isBlank(sv) ? sv : en;
        }
        return value == null ? "" : value;
    }

    /** True when the text exists in the locale's own language (no fallback needed). */
    public boolean has(Locale locale) {
        String lang = locale == null ? "fi" : locale.getLanguage();
        return !isBlank(switch (lang) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        });
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && Objects.equals(fi, t.fi) && Objects.equals(sv, t.sv)
                && Objects.equals(en, t.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fi, sv, en);
    }

    @Override
    public String toString() {
        return in(Locale.of("fi"));
    }
}

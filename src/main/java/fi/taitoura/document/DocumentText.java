package fi.taitoura.document;

import fi.taitoura.base.db.LocalizedText;
import java.util.Locale;

/** A text in Finnish, Swedish and English as frozen in a document snapshot (JSON-friendly). */
public record DocumentText(String fi, String sv, String en) {

    public static DocumentText of(LocalizedText t) {
        return t == null ? new DocumentText("", null, null) : new DocumentText(t.getFi(), t.getSv(), t.getEn());
    }

    public static DocumentText plain(String s) {
        return new DocumentText(s, s, s);
    }

    /** In the locale's language, falling back to Finnish. */
    public String in(Locale locale) {
        String v = switch (locale == null ? "fi" : locale.getLanguage()) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return v == null || v.isBlank() ? (fi == null ? "" : fi) : v;
    }
}

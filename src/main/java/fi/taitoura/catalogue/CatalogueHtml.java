package fi.taitoura.catalogue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Text from ePerusteet can contain HTML. Rich text (how competence is demonstrated) is kept as sanitised HTML with
 * a small safe list of tags; names, requirements and criteria are kept as plain text.
 */
public final class CatalogueHtml {

    private static final Safelist SAFE = Safelist.basic().removeTags("a", "img", "span", "cite", "q")
            .addTags("h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private CatalogueHtml() {
    }

    /** Sanitised HTML (no scripts, styles, attributes or links), or null for blank input. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, "", SAFE, OUTPUT).trim();
        return clean.isEmpty() || plainText(clean) == null ? null : clean;
    }

    /** The text without tags, entities decoded, white space collapsed; null for blank input. */
    public static String plainText(String html) {
        if (html == null) {
            return null;
        }
        String text = html.indexOf('<') >= 0 || html.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(html).text() : html;
        text = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        return text.isEmpty() ? null : text;
    }
}

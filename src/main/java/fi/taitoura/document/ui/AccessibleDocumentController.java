package fi.taitoura.document.ui;

import fi.taitoura.base.time.Time;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.document.DocumentService;
import fi.taitoura.document.DocumentService.AccessibleDocument;
import fi.taitoura.document.Verification;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /verify/{code}/document}: the accessible HTML view of an issued document, for whoever holds its
 * verification code (no sign-in). Plain server-rendered HTML — headings, lists, tables with header cells, the
 * document's language — that works without JavaScript and with any screen reader. It shows the verification facts
 * and, only while the document is current, the document's content (the same as the PDF its holder has); a
 * superseded, withdrawn or unknown code shows no content. Not cached, not indexed, no referrer.
 */
@Controller
class AccessibleDocumentController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy")
            .withZone(Time.zone());

    private final DocumentService documents;
    private final TranslationProvider translations;

    AccessibleDocumentController(DocumentService documents, TranslationProvider translations) {
        this.documents = documents;
        this.translations = translations;
    }

    @GetMapping(value = "/verify/{code}/document", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> document(@PathVariable String code) {
        AccessibleDocument d = documents.accessibleView(code).orElse(null);
        Locale locale = TranslationProvider.supported(Locale.of(d == null || d.language() == null ? "fi"
                : d.language()));
        StringBuilder body = new StringBuilder();
        String title;
        HttpStatus status = HttpStatus.OK;
        if (d == null) {
            status = HttpStatus.NOT_FOUND;
            title = t("verify.result.UNKNOWN", locale);
            body.append("<h1>").append(esc(title)).append("</h1><p>").append(esc(t("verify.unknownHelp", locale)))
                    .append("</p>");
        } else {
            Verification v = d.verification();
            title = d.title() == null ? translations.enumLabel(v.kind(), locale) : d.title();
            body.append("<section class=\"verification ").append(v.result().name().toLowerCase(Locale.ROOT))
                    .append("\" aria-labelledby=\"verification-heading\"><h2 id=\"verification-heading\">")
                    .append(esc(t("verify.result." + v.result().name(), locale))).append("</h2><dl>")
                    .append(item(t("verify.documentType", locale), translations.enumLabel(v.kind(), locale)))
                    .append(item(t("verify.issuer", locale), v.issuerName()))
                    .append(item(t("verify.issuedAt", locale), DATE.format(v.issuedAt())))
                    .append(item(t("verify.trainee", locale), v.traineeName()))
                    .append(item(t("verify.code", locale), d.code()));
            if (v.withdrawnAt() != null) {
                body.append(item(t("verify.withdrawnAt", locale), DATE.format(v.withdrawnAt())));
            }
            body.append("</dl></section>\n");
            if (d.html() != null) {
                body.append(d.html());
            } else {
                body.append("<p>").append(esc(t(v.result() == Verification.Result.VALID
                        ? "verify.document.notKept" : "verify.document.notCurrent", locale))).append("</p>");
            }
        }
        String back = d == null ? "/verify" : "/verify/" + d.code();
        String page = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + esc(title) + " – Taitoura</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                + "<a class=\"skip\" href=\"#content\">" + esc(t("verify.document.skip", locale)) + "</a>\n"
                + "<header><p class=\"brand\">Taitoura</p></header>\n<main id=\"content\">\n" + body
                + "\n<p class=\"back\"><a href=\"" + back + "\">" + esc(t("verify.document.back", locale))
                + "</a></p>\n</main>\n</body>\n</html>\n";
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex, nofollow").header("Referrer-Policy", "no-referrer")
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(page);
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    private static String item(String label, String value) {
        return "<dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd>";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** Readable at 390 px and on paper; contrast at least 4.5:1 everywhere; visible focus. */
    private static final String CSS = """
            body{font-family:"Liberation Sans",Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;
            background:#fff;margin:0 auto;max-width:48rem;padding:1rem}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
            a{color:#0b5c63}a:focus{outline:3px solid #b34700;outline-offset:2px}
            .brand{font-weight:bold;color:#0b5c63;margin:0 0 1rem}
            h1{color:#0b5c63;font-size:1.6rem}h2{color:#0b5c63;font-size:1.25rem;margin-top:1.5rem}h3{font-size:1.05rem}
            .verification{border:2px solid #0b5c63;border-radius:6px;padding:0 1rem 1rem;margin-bottom:1.5rem}
            .verification.withdrawn,.verification.superseded{border-color:#8a3b00}
            dl{display:grid;grid-template-columns:minmax(8rem,1fr) 2fr;gap:.25rem 1rem;margin:.5rem 0}
            dt{font-weight:bold;color:#444}dd{margin:0}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:bold}
            th,td{border:1px solid #9fb7ba;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#e6f2f3}
            .doc-subtitle,.doc-note{color:#444}.doc-organisation{color:#0b5c63;font-weight:bold}
            .doc-chart svg{max-width:100%;height:auto}
            @media (max-width:30rem){dl{grid-template-columns:1fr}table{font-size:.9rem}}
            """;
}

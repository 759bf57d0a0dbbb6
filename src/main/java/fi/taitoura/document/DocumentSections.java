package fi.taitoura.document;

import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.pdf.PdfReport;
import fi.taitoura.base.ui.Formats;
import java.util.List;
import java.util.Locale;

/** Sections that several issued documents print the same way. */
public final class DocumentSections {

    private DocumentSections() {
    }

    /** "Cards and passes": a table of name, issued and expiry, or a line saying there are none. */
    public static void cards(PdfReport pdf, List<DocumentCard> cards, TranslationProvider tr, Locale locale) {
        pdf.heading(tr.getTranslation("summary.section.cards", locale));
        if (cards.isEmpty()) {
            pdf.paragraph(tr.getTranslation("summary.none", locale));
            return;
        }
        pdf.table(new float[] {3, 1.5f, 1.5f}, List.of(tr.getTranslation("card.type", locale),
                tr.getTranslation("card.issuedOn", locale), tr.getTranslation("card.expiresOn", locale)),
                cards.stream().map(c -> List.of(c.name(), Formats.date(c.issued()), c.expires() == null
                        ? tr.getTranslation("card.noExpiry", locale) : Formats.date(c.expires()))).toList());
    }
}

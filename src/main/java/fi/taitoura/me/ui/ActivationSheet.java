package fi.taitoura.me.ui;

import fi.taitoura.base.time.Time;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.pdf.PdfReport;
import fi.taitoura.document.QrCodes;
import fi.taitoura.user.TraineeUserAccounts.ActivationCode;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printable activation sheet (issue #16) handed to the trainee: user name, one-time code, its expiry, the
 * address and its QR code, and four plain-language steps, in the house style of issued documents (PdfReport, the
 * organisation's logo, embedded fonts). Made from the code just issued, in memory: never stored, never logged.
 */
final class ActivationSheet {

    private ActivationSheet() {
    }

    static byte[] pdf(ActivationCode code, String address, String unitName, byte[] logo,
                      TranslationProvider translations, Locale locale) {
        String expires = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
                .format(code.expiresAt().atZone(Time.zone()));
        String activate = address + "activate";
        PdfReport pdf = PdfReport.a4(t(translations, "me.sheet.documentTitle", locale), unitName == null ? ""
                : unitName).language(locale).pageLabel(PdfReport.defaultPageLabel(locale)).logo(logo);
        pdf.title(t(translations, "me.sheet.title", locale));
        pdf.paragraph(t(translations, "me.sheet.intro", locale));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(t(translations, "me.sheet.username", locale), code.username());
        fields.put(t(translations, "me.sheet.code", locale), code.code());
        fields.put(t(translations, "me.sheet.expires", locale), expires);
        fields.put(t(translations, "me.sheet.address", locale), activate);
        pdf.fields(fields);
        pdf.space(6);
        pdf.imageWithText(QrCodes.png(activate + "?code=" + code.code(), 600), 150, List.of(
                t(translations, "me.sheet.qr", locale)));
        pdf.heading(t(translations, "me.sheet.steps", locale));
        List<String> steps = List.of("me.sheet.step1", "me.sheet.step2", "me.sheet.step3", "me.sheet.step4");
        for (int i = 0; i < steps.size(); i++) {
            pdf.numbered(i + 1, translations.getTranslation(steps.get(i), locale, code.username()));
        }
        pdf.space(8);
        pdf.note(t(translations, "me.sheet.keep", locale));
        return pdf.finish();
    }

    private static String t(TranslationProvider translations, String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}

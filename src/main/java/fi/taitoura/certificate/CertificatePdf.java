package fi.taitoura.certificate;

import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.pdf.PdfReport;
import fi.taitoura.base.ui.Formats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The osaamistodistus as an A4 PDF: a cover page (trainee, organisation and work unit, period (never
 * the service type: that would disclose a social-welfare client), coach,
 * signature lines, verification) and an attachment listing each unit with the requirements shown, the recognition
 * they rest on, passed demonstrations and cards. Built from frozen data only.
 */
public final class CertificatePdf {

    private CertificatePdf() {
    }

    public static byte[] render(CertificateData d, Locale locale, TranslationProvider tr, String code, String verifyUrl,
                         byte[] qrPng, byte[] logo) {
        return renderDocument(d, locale, tr, code, verifyUrl, qrPng, logo).pdf();
    }

    /** The PDF and its HTML twin; a non-null {@code watermark} marks every page (a preview, not issued). */
    public static PdfReport.Rendered renderDocument(CertificateData d, Locale locale, TranslationProvider tr,
                                                    String code, String verifyUrl, byte[] qrPng, byte[] logo,
                                                    String watermark) {
        return render(d, locale, tr, code, verifyUrl, qrPng, logo, watermark);
    }

    /** The PDF and its accessible HTML twin, from the same drawing calls. */
    public static PdfReport.Rendered renderDocument(CertificateData d, Locale locale, TranslationProvider tr,
                                                    String code, String verifyUrl, byte[] qrPng, byte[] logo) {
        return render(d, locale, tr, code, verifyUrl, qrPng, logo, null);
    }

    private static PdfReport.Rendered render(CertificateData d, Locale locale, TranslationProvider tr, String code,
                                             String verifyUrl, byte[] qrPng, byte[] logo, String watermark) {
        String title = tr.getTranslation("certificate.pdf.title", locale);
        PdfReport pdf = PdfReport.a4(title, d.organisation()).language(locale).pageLabel(PdfReport.defaultPageLabel(locale))
                .footerNote(tr.getTranslation("certificate.pdf.footer", locale, code)).logo(logo).watermark(watermark);
        pdf.space(30).title(title).subtitle(d.traineeName());
        pdf.paragraph(tr.getTranslation("certificate.pdf.intro", locale, d.traineeName(), d.workUnit(),
                d.organisation()));
        Map<String, String> f = new LinkedHashMap<>();
        f.put(tr.getTranslation("trainee.name", locale), d.traineeName());
        f.put(tr.getTranslation("trainee.dateOfBirth", locale), Formats.date(d.dateOfBirth()));
        f.put(tr.getTranslation("user.organisation", locale), d.organisation()
                + (d.municipality() == null ? "" : ", " + d.municipality()));
        f.put(tr.getTranslation("period.workUnit", locale), d.workUnit());
        f.put(tr.getTranslation("period.dates", locale), Formats.range(d.start(), d.end()));
        // No service type (e.g. rehabilitative work activity): the certificate goes to schools and employers, and
        // the service would disclose that the holder is a social-welfare client (issue 13).
        f.put(tr.getTranslation("period.coaches", locale), String.join(", ", d.coaches()));
        f.put(tr.getTranslation("certificate.pdf.units", locale), d.units().isEmpty() ? "–"
                : String.join(", ", d.units().stream().map(u -> u.code() + " " + u.name().in(locale)).toList()));
        pdf.fields(f);
        pdf.note(tr.getTranslation("certificate.pdf.basis", locale));
        pdf.paragraph(tr.getTranslation("certificate.pdf.place", locale, d.municipality() == null ? ""
                : d.municipality(), Formats.date(d.issuedOn())));
        pdf.signatureLines(List.of(tr.getTranslation("certificate.pdf.signCoach", locale),
                tr.getTranslation("certificate.pdf.signOrganisation", locale)));
        pdf.imageWithText(qrPng, 80, List.of(tr.getTranslation("certificate.pdf.verify", locale), verifyUrl,
                tr.getTranslation("verify.code", locale) + ": " + code));

        pdf.newPage();
        pdf.title(tr.getTranslation("certificate.pdf.attachment", locale)).subtitle(d.traineeName());
        if (d.units().isEmpty()) {
            pdf.paragraph(tr.getTranslation("certificate.noUnits", locale));
        }
        for (CertificateData.Unit u : d.units()) {
            pdf.heading(u.code() + " " + u.name().in(locale)
                    + (u.credits() == null ? "" : " (" + u.credits().stripTrailingZeros().toPlainString() + " osp)"));
            pdf.note(u.qualification().in(locale) + " · " + tr.getTranslation("certificate.pdf.source", locale,
                    u.diaryNumber()));
            pdf.table(new float[] {5, 1.8f, 1.6f}, List.of(tr.getTranslation("ledger.requirement", locale),
                    tr.getTranslation("certificate.pdf.shownOn", locale), tr.getTranslation("ledger.highest", locale)),
                    u.requirements().stream().map(r -> List.of(r.text().in(locale), Formats.range(r.first(), r.last()),
                            tr.getTranslation("enum.IndependenceLevel." + r.level(), locale))).toList());
            if (u.recognition() != null) {
                pdf.note(tr.getTranslation("certificate.pdf.recognition", locale, u.recognition().revision(),
                        Formats.date(u.recognition().approvedOn()), u.recognition().reviewer() == null ? "–"
                                : u.recognition().reviewer()));
            }
        }
        pdf.heading(tr.getTranslation("summary.section.demonstrations", locale));
        if (d.demonstrations().isEmpty()) {
            pdf.paragraph(tr.getTranslation("certificate.noDemonstrations", locale));
        } else {
            pdf.table(new float[] {4, 1.5f, 1.5f}, List.of(tr.getTranslation("summary.unit", locale),
                    tr.getTranslation("summary.date", locale), tr.getTranslation("summary.grade", locale)),
                    d.demonstrations().stream().map(x -> List.of(x.unitCode() + " " + x.unitName().in(locale),
                            Formats.date(x.date()), x.grade())).toList());
        }
        fi.taitoura.document.DocumentSections.cards(pdf, d.cards(), tr, locale);
        pdf.note(tr.getTranslation("certificate.pdf.attribution", locale, String.join(", ", d.units().stream()
                .map(CertificateData.Unit::diaryNumber).distinct().toList())));
        return pdf.finishWithHtml();
    }
}

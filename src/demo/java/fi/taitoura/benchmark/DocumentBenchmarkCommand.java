package fi.taitoura.benchmark;

import fi.taitoura.certificate.*;
import fi.taitoura.base.command.TaitouraCommand;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.document.DocumentBranding;
import fi.taitoura.document.DocumentText;
import fi.taitoura.document.QrCodes;
import fi.taitoura.summary.RecommendationKind;
import fi.taitoura.summary.SummaryData;
import fi.taitoura.summary.SummaryPdf;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ./run benchmark-documents [--seconds N] [--save DIR]}: how many competence certificates (cover page and a 4-page
 * attachment) and end-of-period summaries (with two capacity charts) one core renders per second, each beside a
 * baseline: a bare OpenPDF document with the same text.
 */
@Component
class DocumentBenchmarkCommand implements TaitouraCommand {

    private final TranslationProvider translations;
    private final DocumentBranding branding;

    DocumentBenchmarkCommand(TranslationProvider translations, DocumentBranding branding) {
        this.translations = translations;
        this.branding = branding;
    }

    @Override
    public String name() {
        return "benchmark-documents";
    }

    @Override
    public String description() {
        return "documents per second per core: certificate with a 4-page attachment, summary with two charts";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        int i = args.indexOf("--seconds");
        double seconds = i >= 0 ? Double.parseDouble(args.get(i + 1)) : 10;
        Locale fi = Locale.of("fi");
        String code = "ABCD-EFGH-JKMN";
        String url = "https://taitoura.example.fi/verify/" + code;
        byte[] qr = QrCodes.png(url, 300);
        CertificateData certificate = certificate();
        SummaryData summary = summary();
        SummaryPdf.Texts texts = new SummaryPdf.Texts(text(3), text(2), text(2), text(2),
                Map.of(RecommendationKind.EDUCATION, text(1), RecommendationKind.WORK_TRIAL, text(1)), text(1), 1);

        byte[] certificatePdf = CertificatePdf.render(certificate, fi, translations, code, url, qr, branding.logo());
        int certificatePages = pages(certificatePdf);
        byte[] summaryPdf = SummaryPdf.render(summary, texts, fi, translations, code, url, qr, branding.logo());
        int summaryPages = pages(summaryPdf);
        int save = args.indexOf("--save");
        if (save >= 0) {
            java.nio.file.Path dir = java.nio.file.Path.of(args.get(save + 1));
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve("benchmark-certificate.pdf"), certificatePdf);
            java.nio.file.Files.write(dir.resolve("benchmark-summary.pdf"), summaryPdf);
            out.println("Sample documents saved in " + dir.toAbsolutePath());
        }
        List<String> certificateText = plainText(certificate);
        List<String> summaryText = plainText(summary, texts);

        double c = rate(seconds, () -> CertificatePdf.render(certificate, fi, translations, code, url, qr,
                branding.logo()));
        double cb = rate(seconds, () -> bare(certificateText));
        double s = rate(seconds, () -> SummaryPdf.render(summary, texts, fi, translations, code, url, qr,
                branding.logo()));
        double sb = rate(seconds, () -> bare(summaryText));
        out.printf("Competence certificate (%d pages: cover and %d-page attachment): %.1f documents/s on one core%n",
                certificatePages, certificatePages - 1, c);
        out.printf("  baseline, bare OpenPDF document with the same text:       %.1f documents/s%n", cb);
        out.printf("End-of-period summary (%d pages, two capacity charts):      %.1f documents/s on one core%n",
                summaryPages, s);
        out.printf("  baseline, bare OpenPDF document with the same text:       %.1f documents/s%n", sb);
        out.printf("Target: at least 20 documents/s per core -> certificate %s, summary %s%n",
                c >= 20 ? "met" : "NOT met", s >= 20 ? "met" : "NOT met");
        return 0;
    }

    /** Documents per second on this thread, after a warm-up of a fifth of the time. */
    private static double rate(double seconds, Supplier<byte[]> render) {
        long warmUntil = System.nanoTime() + (long) (seconds * 0.2e9);
        while (System.nanoTime() < warmUntil) {
            render.get();
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int n = 0;
        while (System.nanoTime() < end) {
            render.get();
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static byte[] bare(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        for (String line : lines) {
            document.add(new Paragraph(line));
        }
        document.close();
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) throws java.io.IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        }
    }

    private static String text(int sentences) {
        String s = "Valmentautuja on työskennellyt huolellisesti ja oppinut käyttämään työvälineitä turvallisesti. ";
        return s.repeat(sentences).trim();
    }

    /** Six units of nine requirements: a cover page and a four-page attachment. */
    static CertificateData certificate() {
        List<CertificateData.Unit> units = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 9, 1);
        for (int u = 0; u < 6; u++) {
            List<CertificateData.Requirement> reqs = new ArrayList<>();
            for (int r = 0; r < 9; r++) {
                reqs.add(new CertificateData.Requirement((long) (u * 100 + r), null, DocumentText.plain(
                        "käyttää ja huoltaa yleisimpiä työvälineitä ja koneita turvallisesti sekä noudattaa "
                                + "työturvallisuusohjeita ja -määräyksiä (vaatimus " + (r + 1) + ")"),
                        start.plusDays(r), start.plusDays(40 + r), "INDEPENDENT", 5 + r));
            }
            units.add(new CertificateData.Unit((long) u, 3000000L + u, "1007" + (50 + u), DocumentText.plain(
                    "Viheralueiden rakentaminen ja ylläpitotöiden tekeminen " + (u + 1)), DocumentText.plain(
                    "Puutarhatalouden perustutkinto"), "75/011/2014", new BigDecimal("15"), reqs,
                    new CertificateData.Recognition(2, start.minusMonths(2), "Outi Ojala", start.plusYears(1))));
        }
        return new CertificateData("Mikko Laaksonen", LocalDate.of(1988, 3, 14), "Esimerkkilän kaupunki",
                "Esimerkkilä", "Kiinteistö- ja ympäristöhuolto", "REHABILITATIVE_WORK_ACTIVITY", start,
                start.plusMonths(6), List.of("Veera Virtanen"), "Usko Uronen", units,
                List.of(new CertificateData.Demonstration("100757", DocumentText.plain("Viheralueiden rakentaminen"),
                        start.plusMonths(5), "3")),
                List.of(new fi.taitoura.document.DocumentCard("Työturvallisuuskortti", start.minusYears(1), start.plusYears(4))),
                start.plusMonths(6));
    }

    /** A summary with two capacity instruments, so two charts. */
    static SummaryData summary() {
        LocalDate start = LocalDate.of(2026, 9, 1);
        List<SummaryData.CapacityInstrument> capacity = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<SummaryData.CapacityDomain> domains = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                List<SummaryData.Point> coach = List.of(new SummaryData.Point(start, 2 + d * 0.2),
                        new SummaryData.Point(start.plusMonths(3), 3 + d * 0.2),
                        new SummaryData.Point(start.plusMonths(6), 4));
                List<SummaryData.Point> self = List.of(new SummaryData.Point(start, 3),
                        new SummaryData.Point(start.plusMonths(3), 3.5), new SummaryData.Point(start.plusMonths(6), 4));
                domains.add(new SummaryData.CapacityDomain(DocumentText.plain("Osa-alue " + (d + 1)), coach, self));
            }
            capacity.add(new SummaryData.CapacityInstrument("I" + i, DocumentText.plain("Mittari " + (i + 1)), true, 1,
                    5, domains));
        }
        List<SummaryData.UnitLine> units = List.of(new SummaryData.UnitLine("100757",
                DocumentText.plain("Viheralueiden rakentaminen"), 9, 7, 10, false, true));
        return new SummaryData("Mikko Laaksonen", LocalDate.of(1988, 3, 14), "Esimerkkilän kaupunki",
                "Kiinteistö- ja ympäristöhuolto", "REHABILITATIVE_WORK_ACTIVITY", "WORK_AND_EDUCATION", start,
                start.plusMonths(6), null, 4, new BigDecimal("5.0"), List.of("Veera Virtanen"), "Usko Uronen",
                "Aki Asikainen", new SummaryData.Attendance(80, 4, 3, 1, 88),
                List.of(new SummaryData.TaskLine(1, "BASIC", 5, 60), new SummaryData.TaskLine(2, "PARTLY_INDEPENDENT",
                        3, 30)), units, List.of(), List.of(new fi.taitoura.document.DocumentCard("Työturvallisuuskortti",
                start.minusYears(1), start.plusYears(4))), List.of(new SummaryData.GoalLine(
                "Saapuu ajoissa", "Aamupuhelu", "ACHIEVED")), capacity);
    }

    private static List<String> plainText(CertificateData d) {
        List<String> lines = new ArrayList<>(List.of("Osaamistodistus", d.traineeName(), d.organisation(),
                d.workUnit()));
        d.units().forEach(u -> {
            lines.add(u.code() + " " + u.name().fi());
            u.requirements().forEach(r -> lines.add(r.text().fi() + " " + r.first() + " " + r.last() + " " + r.level()));
        });
        return lines;
    }

    private static List<String> plainText(SummaryData d, SummaryPdf.Texts t) {
        List<String> lines = new ArrayList<>(List.of("Valmennusjakson loppukooste", d.traineeName(), d.organisation(),
                d.workUnit(), t.strengths(), t.limitations(), t.unitStatement(), t.coachStatement(), t.followUp()));
        d.capacity().forEach(i -> i.domains().forEach(dm -> lines.add(dm.name().fi() + " " + dm.coachStart() + " "
                + dm.coachEnd())));
        return lines;
    }
}

package fi.taitoura.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.PdfA;
import fi.taitoura.PdfText;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

/** The house style's PDF is PDF/A-2b with every element it offers: texts, tables, images with alpha, vector graphics. */
class PdfReportTest {

    @Test
    void everyElementOfTheHouseStyleIsPdfA2bWithLanguageTitleAndMetadata() throws Exception {
        BufferedImage logo = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        var g = logo.createGraphics();
        g.setColor(new Color(0, 90, 100, 128));
        g.fillOval(0, 0, 40, 20);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Nimi", "Äiti Öljynen Åström");
        fields.put("Tyhjä", null);
        byte[] pdf = PdfReport.a4("Osaamistodistus", "Esimerkkilän kaupunki").language(Locale.of("sv"))
                .logo(png.toByteArray()).footerNote("Tulostettu 2.12.2026").title("Otsikko").subtitle("Alaotsikko")
                .fields(fields).heading("Taulukko").table(new float[] {1, 3}, List.of("Koodi", "Nimi"),
                        List.of(List.of("106730", "Huippuosaajana toimiminen")))
                .paragraph("Kappale").note("Huomio").bullet("Luettelo").image(png.toByteArray(), 80, true)
                .graphics(200, 400, 200, g2 -> {
                    g2.setColor(new Color(200, 0, 0, 100));
                    g2.fillRect(10, 10, 200, 100);
                    g2.drawString("Kaavio äöå", 20, 150);
                })
                .imageWithText(png.toByteArray(), 60, List.of("Tarkista", "osoitteessa"))
                .signatureLines(List.of("Paikka ja aika", "Allekirjoitus")).newPage().paragraph("Toinen sivu")
                .finish();
        PdfText.save("pdfreport-house-style", pdf);
        PdfA.assertPdfA2b(pdf);
        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.7");
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("sv");
            assertThat(reader.getInfo()).containsEntry("Title", "Osaamistodistus");
            assertThat(new String(reader.getMetadata(), StandardCharsets.UTF_8)).contains("pdfaid:part", "Osaamistodistus");
            assertThat(reader.getCatalog().getAsDict(PdfName.VIEWERPREFERENCES).get(PdfName.DISPLAYDOCTITLE))
                    .hasToString("true");
        }
        assertThat(PdfText.of(pdf)).contains("Äiti Öljynen Åström", "Toinen sivu");
    }
}

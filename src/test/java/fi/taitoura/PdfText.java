package fi.taitoura;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The text of every page of a PDF, as a reader (or a screen reader) gets it. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            StringBuilder sb = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                sb.append(extractor.getTextFromPage(page)).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a generated PDF under target/pdfs/ for people to look at (pdftoppm -png). */
    public static byte[] save(String name, byte[] pdf) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "pdfs");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

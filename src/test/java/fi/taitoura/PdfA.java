package fi.taitoura;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks a PDF with veraPDF (the PDF Association's reference validator) against PDF/A-2b. */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /** Fails with every broken rule (clause, test number and veraPDF's message) unless the PDF is PDF/A-2b. */
    public static void assertPdfA2b(byte[] pdf) {
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            result = validator.validate(parser);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not check the PDF", e);
        }
        List<TestAssertion> failed = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() != TestAssertion.Status.PASSED).toList();
        String problems = failed.stream().map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                + ": " + a.getMessage()).distinct().collect(Collectors.joining("\n"));
        assertThat(result.isCompliant()).as("PDF/A-2b (veraPDF):\n" + problems).isTrue();
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
    }
}

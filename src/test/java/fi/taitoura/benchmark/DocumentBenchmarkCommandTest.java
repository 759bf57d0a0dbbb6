package fi.taitoura.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The document benchmark renders the documents it claims (cover + 4-page attachment; two charts) and reports. */
class DocumentBenchmarkCommandTest extends AbstractIntegrationTest {

    @Autowired
    DocumentBenchmarkCommand command;

    @Test
    void reportsEachRateBesideItsBaseline() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = command.run(List.of("--seconds", "0.5"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(out).contains("Competence certificate (5 pages: cover and 4-page attachment)")
                .containsPattern("End-of-period summary \\(\\d pages, two capacity charts\\): +[\\d.]+ documents/s")
                .containsPattern("baseline, bare OpenPDF document with the same text: +[\\d.]+ documents/s");
    }
}

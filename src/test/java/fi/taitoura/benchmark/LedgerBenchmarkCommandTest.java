package fi.taitoura.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The benchmark's generator and measurements work on a small data set (the real run is 50,000 / 5,000,000). */
class LedgerBenchmarkCommandTest extends AbstractIntegrationTest {

    @Autowired
    LedgerBenchmarkCommand command;

    @Test
    void generatesTheDataSetAndPrintsEachFigureBesideItsBaseline() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = command.run(List.of("--trainees", "300", "--observations", "12000", "--iterations", "20"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        Matcher data = Pattern.compile("Data set: ([\\d,]+) trainees, ([\\d,]+) skill observations").matcher(out);
        assertThat(data.find()).as(out).isTrue();
        assertThat(Long.parseLong(data.group(1).replace(",", ""))).isEqualTo(300);
        assertThat(Long.parseLong(data.group(2).replace(",", ""))).isBetween(10_000L, 12_000L);
        assertThat(out).containsPattern("Opening a trainee's ledger [^\\n]*\\n  service: +median [\\d.]+ ms, p95 [\\d.]+ ms"
                        + "\\n  baseline: +median [\\d.]+ ms, p95 [\\d.]+ ms \\(access check, ledger rows, the 2 audit rows")
                .containsPattern("ratio: median [\\d.]+x, p95 [\\d.]+x of the baseline")
                .containsPattern("profile per read: [\\d.]+ statements received by the database[^\\n]* [\\d.]+ JDBC statements .* [\\d.]+ entities loaded")
                .containsPattern("Saving a coach's day for 12 trainees [^\\n]*\\n  service: +median [\\d.]+ ms"
                        + "[^\\n]*\\n  baseline: +median [\\d.]+ ms[^\\n]* and 12 audit rows, by hand")
                .containsPattern("profile per save: [\\d.]+ statements received by the database[^\\n]* [\\d.]+ JDBC statements .* [\\d.]+ flushes")
                .containsPattern("Load average at end: ");
    }
}

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
        assertThat(out).containsPattern("Opening a trainee's ledger .*median [\\d.]+ ms")
                .containsPattern("baseline, one hand-written SQL query: +median [\\d.]+ ms")
                .containsPattern("Saving a coach's day for 12 trainees .*median [\\d.]+ ms")
                .containsPattern("baseline, the same rows inserted by hand: +median [\\d.]+ ms");
    }
}

package fi.taitoura.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.command.TaitouraCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report benchmark on a small ledger data set (the real run is 50,000 trainees). */
class ReportBenchmarkCommandTest extends AbstractIntegrationTest {

    @Autowired
    List<TaitouraCommand> commands;

    private TaitouraCommand command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void buildsTheTableAndItsXlsxOnTheLedgerDataSetBesideTheBaseline() throws Exception {
        ByteArrayOutputStream ledger = new ByteArrayOutputStream();
        assertThat(command("benchmark-ledger").run(List.of("--trainees", "300", "--observations", "12000",
                "--iterations", "5"), new PrintStream(ledger, true, StandardCharsets.UTF_8))).isZero();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = command("benchmark-reports").run(List.of("--iterations", "3"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        assertThat(out).containsPattern("Data set: [\\d,]+ work units, 300 periods")
                .containsPattern("Follow-up table \\(\\d+ rows[^\\n]*\\n  service: +median [\\d.]+ ms, p95 [\\d.]+ ms")
                .containsPattern("as xlsx \\([\\d,]+ bytes.*median \\d+ ms")
                .containsPattern("baseline: median [\\d.]+ ms, p95 [\\d.]+ ms \\(the same rows read by hand")
                .containsPattern("ratio: median [\\d.]+x, p95 [\\d.]+x of the baseline")
                // the baseline reads what the service reads: its totals are the table's
                .contains("the baseline's totals match the service's")
                .containsPattern("profile per report: [\\d.]+ statements received by the database")
                .containsPattern("baseline, one hand-written SQL aggregate.*median \\d+ ms");
    }
}

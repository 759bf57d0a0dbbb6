package fi.taitoura.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.trainee.PersonalIdCipher;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A backup of the running (embedded) database taken with MariaDB's own mariadb-dump, restored with the mariadb client
 * into another database: every table has the same rows, the audit log is append-only again, and the restored key
 * decrypts the restored identity codes.
 */
class BackupRestoreTest extends AbstractIntegrationTest {

    private static final String COPY = "taitoura_restore_check";

    @Autowired
    BackupService backups;
    @Autowired
    PersonalIdCipher cipher;
    @Autowired
    Environment environment;

    @TempDir
    Path tmp;

    @AfterEach
    void dropCopy() throws SQLException {
        try (Connection c = backups.target().connectToServer(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + COPY);
        }
    }

    @Test
    void restoredCopyHasEveryRowAndTheKeyDecryptsItsIdentityCodes() throws Exception {
        DatabaseTarget live = backups.target();
        String key = environment.getProperty("taitoura.crypto.personal-id-key");
        Path dataDir = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(dataDir.resolve("personal-id.key"), key);
        Map<String, Long> before = backups.rowCounts(live);
        assertThat(before.get("trainee")).isPositive();

        BackupService.BackupResult backup = backups.backup(live, tmp.resolve("backups"), dataDir, true);

        Path folder = backup.folder();
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(backup.keyFiles()).contains("personal-id.key", "taitoura.crypto.personal-id-key");
        BackupManifest manifest = BackupManifest.read(folder);
        assertThat(manifest.rows()).as("rows counted in the dump = rows in the database").isEqualTo(before);

        Path restoredData = tmp.resolve("restored-data");
        BackupService.RestoreResult restore = backups.restore(folder, live.withDatabase(COPY), restoredData);

        assertThat(restore.problems()).isEmpty();
        assertThat(backups.rowCounts(live.withDatabase(COPY))).isEqualTo(before);
        assertThat(Files.readString(restoredData.resolve("personal-id.key"))).isEqualTo(key);
        List<String> codes = new ArrayList<>();
        try (Connection c = live.withDatabase(COPY).connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT personal_id_enc FROM trainee WHERE personal_id_enc IS NOT NULL")) {
                while (rs.next()) {
                    codes.add(cipher.decrypt(rs.getString(1)));
                }
            }
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET action = action"))
                    .as("the restored audit log is append-only again").hasMessageContaining("append-only");
        }
        assertThat(codes).as("a demo trainee's identity code, decrypted from the restored copy").contains("140388-937C");
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsReplaced() throws Exception {
        DatabaseTarget live = backups.target();
        BackupService.BackupResult backup = backups.backup(live, tmp.resolve("backups"), tmp, false);
        try (RandomAccessFile f = new RandomAccessFile(backup.folder().resolve(BackupManifest.DUMP).toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0xff);
        }
        assertThatThrownBy(() -> backups.restore(backup.folder(), live.withDatabase(COPY), tmp.resolve("k")))
                .isInstanceOf(IOException.class).hasMessageContaining("damaged");
        assertThat(backups.rowCounts(live.withDatabase(COPY))).isEmpty();
    }
}

package fi.taitoura.base.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secret keys from configuration (base64), or generated once into the data folder with owner-only permissions (the
 * zero-install default). Production sets them in the environment and backs them up apart from the database.
 */
public final class KeyMaterial {

    private static final Logger log = LoggerFactory.getLogger(KeyMaterial.class);

    private KeyMaterial() {
    }

    /** The configured key when given, else the key in {@code file} (created with 32 random bytes when missing). */
    public static byte[] configuredOrFile(String configured, Path file, String what) {
        byte[] key = configured == null || configured.isBlank() ? fromFile(file, what)
                : Base64.getDecoder().decode(configured.trim());
        if (key.length != 32) {
            throw new IllegalStateException(what + " must be 32 bytes in base64");
        }
        return key;
    }

    private static byte[] fromFile(Path file, String what) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("Generated a new {} in {}; set it in the environment in production and back it up", what,
                    file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

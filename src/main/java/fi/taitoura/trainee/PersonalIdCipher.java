package fi.taitoura.trainee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal identity codes with AES-256-GCM and computes a keyed hash (HMAC-SHA256) for finding duplicates
 * without decrypting. The key comes from {@code taitoura.crypto.personal-id-key} (base64 of 32 bytes,
 * {@code TAITOURA_PERSONAL_ID_KEY}); without it, a key is generated once into the data folder (the embedded
 * default). Losing the key makes stored codes unreadable: back it up with the database.
 */
@Component
public class PersonalIdCipher {

    private static final Logger log = LoggerFactory.getLogger(PersonalIdCipher.class);
    private static final int IV_BYTES = 12;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    PersonalIdCipher(@Value("${taitoura.crypto.personal-id-key:}") String configuredKey,
                     @Value("${TAITOURA_DATA_DIR:./data}") String dataDir) {
        byte[] key = configuredKey.isBlank() ? keyFromFile(Path.of(dataDir, "personal-id.key"))
                : Base64.getDecoder().decode(configuredKey.trim());
        if (key.length != 32) {
            throw new IllegalStateException("taitoura.crypto.personal-id-key must be 32 bytes in base64");
        }
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.hashKey = new SecretKeySpec(key, "HmacSHA256");
    }

    private static byte[] keyFromFile(Path file) {
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
            log.warn("Generated a new key for personal identity codes in {}; set TAITOURA_PERSONAL_ID_KEY in "
                    + "production and back the key up", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + encrypted.length).put(iv)
                    .put(encrypted).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong key?", e);
        }
    }

    public String hash(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }
}

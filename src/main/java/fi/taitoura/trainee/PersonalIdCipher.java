package fi.taitoura.trainee;

import fi.taitoura.base.crypto.KeyMaterial;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal identity codes with AES-256-GCM and computes a keyed hash (HMAC-SHA256) for finding duplicates
 * without decrypting, with two separate keys, each with an id so that it can be rotated:
 * <ul>
 * <li>encryption: {@code TAITOURA_PERSONAL_ID_KEY} (id {@code TAITOURA_PERSONAL_ID_KEY_ID}, default 1); earlier
 * keys stay readable from {@code TAITOURA_PERSONAL_ID_OLD_KEYS} ({@code id:base64,...}). Stored as
 * {@code k<id>:<base64 iv+ciphertext>}; values from before key ids (no prefix) decrypt with the current or an old
 * key;</li>
 * <li>duplicate check: {@code TAITOURA_PERSONAL_ID_HMAC_KEY} (id {@code TAITOURA_PERSONAL_ID_HMAC_KEY_ID}), stored
 * as {@code h<id>:<hex>}.</li>
 * </ul>
 * Without configured keys, keys are generated once into the data folder (the embedded default). After a key
 * changes, {@link PersonalIdRekey} re-encrypts and re-hashes the stored codes. Losing a key makes codes
 * unreadable: back keys up with the database, but not in the same place.
 */
@Component
public class PersonalIdCipher {

    private static final int IV_BYTES = 12;

    private final String keyId;
    private final SecretKeySpec encryptionKey;
    private final Map<String, SecretKeySpec> oldKeys = new LinkedHashMap<>();
    private final String hashKeyId;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    PersonalIdCipher(@Value("${taitoura.crypto.personal-id-key:}") String configuredKey,
                     @Value("${taitoura.crypto.personal-id-key-id:1}") String keyId,
                     @Value("${taitoura.crypto.personal-id-old-keys:}") String oldKeys,
                     @Value("${taitoura.crypto.personal-id-hmac-key:}") String configuredHashKey,
                     @Value("${taitoura.crypto.personal-id-hmac-key-id:1}") String hashKeyId,
                     @Value("${TAITOURA_DATA_DIR:./data}") String dataDir) {
        this(KeyMaterial.configuredOrFile(configuredKey, Path.of(dataDir, "personal-id.key"),
                        "personal identity code key (TAITOURA_PERSONAL_ID_KEY)"), keyId, parse(oldKeys),
                KeyMaterial.configuredOrFile(configuredHashKey, Path.of(dataDir, "personal-id-hmac.key"),
                        "duplicate-check key (TAITOURA_PERSONAL_ID_HMAC_KEY)"), hashKeyId);
    }

    PersonalIdCipher(byte[] key, String keyId, Map<String, byte[]> oldKeys, byte[] hashKey, String hashKeyId) {
        if (keyId.isBlank() || hashKeyId.isBlank() || !keyId.matches("[A-Za-z0-9]+")
                || !hashKeyId.matches("[A-Za-z0-9]+")) {
            throw new IllegalStateException("Key ids are letters and digits");
        }
        if (java.util.Arrays.equals(key, hashKey)) {
            throw new IllegalStateException("The encryption key and the duplicate-check key must differ");
        }
        this.keyId = keyId;
        this.encryptionKey = new SecretKeySpec(key, "AES");
        oldKeys.forEach((id, k) -> this.oldKeys.put(id, new SecretKeySpec(k, "AES")));
        this.hashKeyId = hashKeyId;
        this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
    }

    private static Map<String, byte[]> parse(String oldKeys) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        if (oldKeys == null || oldKeys.isBlank()) {
            return m;
        }
        for (String part : oldKeys.split(",")) {
            int colon = part.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("TAITOURA_PERSONAL_ID_OLD_KEYS: id:base64,id:base64");
            }
            m.put(part.substring(0, colon).trim(), Base64.getDecoder().decode(part.substring(colon + 1).trim()));
        }
        return m;
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            cipher.updateAAD(("k" + keyId).getBytes(StandardCharsets.US_ASCII));
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "k" + keyId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length
                    + encrypted.length).put(iv).put(encrypted).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        if (colon > 0 && stored.charAt(0) == 'k') {
            String id = stored.substring(1, colon);
            SecretKeySpec key = id.equals(keyId) ? encryptionKey : oldKeys.get(id);
            if (key == null) {
                throw new IllegalStateException("No key with id " + id + " for a stored personal identity code: "
                        + "add it to TAITOURA_PERSONAL_ID_OLD_KEYS");
            }
            return decrypt(key, Base64.getDecoder().decode(stored.substring(colon + 1)),
                    ("k" + id).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] all = Base64.getDecoder().decode(stored);
        IllegalStateException last = null;
        for (SecretKeySpec key : candidates()) {
            try {
                return decrypt(key, all, null);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    private Iterable<SecretKeySpec> candidates() {
        java.util.List<SecretKeySpec> keys = new java.util.ArrayList<>();
        keys.add(encryptionKey);
        keys.addAll(oldKeys.values());
        return keys;
    }

    private static String decrypt(SecretKeySpec key, byte[] all, byte[] aad) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            if (aad != null) {
                cipher.updateAAD(aad);
            }
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong key?", e);
        }
    }

    /** The keyed hash for the duplicate check, {@code h<id>:<hex>}. */
    public String hash(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return "h" + hashKeyId + ":" + HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }

    /** True when a stored value was encrypted with the current key. */
    boolean isCurrent(String stored) {
        return stored != null && stored.startsWith("k" + keyId + ":");
    }

    /** True when a stored hash was made with the current duplicate-check key. */
    boolean isCurrentHash(String storedHash) {
        return storedHash != null && storedHash.startsWith("h" + hashKeyId + ":");
    }
}

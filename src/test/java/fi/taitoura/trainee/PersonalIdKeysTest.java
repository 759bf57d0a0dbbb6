package fi.taitoura.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Issue 12, finding 9: separate keys for encryption and the duplicate check, with key ids for rotation. */
class PersonalIdKeysTest {

    private static byte[] key(char c) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) c);
        return k;
    }

    @Test
    void theDuplicateCheckDoesNotUseTheEncryptionKeyAndBothCarryAKeyId() throws Exception {
        PersonalIdCipher cipher = new PersonalIdCipher(key('e'), "1", Map.of(), key('h'), "1");
        String stored = cipher.encrypt("010190-123M");
        assertThat(stored).startsWith("k1:");
        assertThat(cipher.decrypt(stored)).isEqualTo("010190-123M");
        String hash = cipher.hash("010190-123M");
        assertThat(hash).startsWith("h1:");
        Mac withEncryptionKey = Mac.getInstance("HmacSHA256");
        withEncryptionKey.init(new SecretKeySpec(key('e'), "HmacSHA256"));
        String reused = HexFormat.of().formatHex(withEncryptionKey.doFinal("010190-123M"
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(hash).doesNotContain(reused);
        assertThatThrownBy(() -> new PersonalIdCipher(key('x'), "1", Map.of(), key('x'), "1"))
                .as("one key for both is refused").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterARotationOldCodesStillReadAndAreRecognisedAsStale() {
        PersonalIdCipher before = new PersonalIdCipher(key('a'), "1", Map.of(), key('h'), "1");
        String old = before.encrypt("140388-937C");
        PersonalIdCipher after = new PersonalIdCipher(key('b'), "2", Map.of("1", key('a')), key('i'), "2");
        assertThat(after.decrypt(old)).isEqualTo("140388-937C");
        assertThat(after.isCurrent(old)).isFalse();
        assertThat(after.isCurrentHash(before.hash("140388-937C"))).isFalse();
        assertThat(after.isCurrent(after.encrypt("140388-937C"))).isTrue();
        PersonalIdCipher withoutOldKey = new PersonalIdCipher(key('b'), "2", Map.of(), key('i'), "2");
        assertThatThrownBy(() -> withoutOldKey.decrypt(old)).hasMessageContaining("id 1");
    }

    @Test
    void valuesFromBeforeKeyIdsStillDecrypt() throws Exception {
        byte[] k = key('a');
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        byte[] iv = new byte[12];
        c.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] ct = c.doFinal("010190-123M".getBytes(StandardCharsets.UTF_8));
        byte[] all = new byte[iv.length + ct.length];
        System.arraycopy(ct, 0, all, iv.length, ct.length);
        String legacy = Base64.getEncoder().encodeToString(all);
        assertThat(new PersonalIdCipher(k, "1", Map.of(), key('h'), "1").decrypt(legacy)).isEqualTo("010190-123M");
    }
}

package fi.taitoura.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation's keys for signing Open Badges (RSA 2048, RS256 as Open Badges 3.0 requires as a minimum), kept
 * like the identity-code key: a JWK set file in the data folder ({@code badge-signing-keys.jwks}, owner-only), or
 * the file named by {@code taitoura.badges.key-file}. The first key signs; older keys stay published so that badges
 * they signed still verify. {@link #rotate()} ({@code ./run badge-key-rotate}) puts a new key first. Each key has
 * an id ({@code kid}); its public half is served at {@code /badges/keys/<kid>}. Back the file up with the database.
 */
@Component
public class BadgeKeys {

    private static final Logger log = LoggerFactory.getLogger(BadgeKeys.class);
    private static final DateTimeFormatter KID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private volatile List<RSAKey> keys;

    BadgeKeys(@Value("${taitoura.badges.key-file:}") String configured,
              @Value("${TAITOURA_DATA_DIR:./data}") String dataDir) {
        this.file = configured.isBlank() ? Path.of(dataDir, "badge-signing-keys.jwks") : Path.of(configured);
        this.clock = Clock.systemUTC();
    }

    private synchronized List<RSAKey> keys() {
        if (keys == null) {
            keys = Files.exists(file) ? read() : List.of();
            if (keys.isEmpty()) {
                keys = List.of(generate());
                write(keys);
                log.warn("Generated a new key for signing Open Badges in {}; back it up with the database",
                        file.toAbsolutePath());
            }
        }
        return keys;
    }

    /** The key that signs new badges (with its private part). */
    RSAKey signingKey() {
        return keys().getFirst();
    }

    /** Every key's public part, newest first: the JWK set published at {@code /badges/keys}. */
    public JWKSet publicKeys() {
        return new JWKSet(keys().stream().map(k -> (JWK) k.toPublicJWK()).toList());
    }

    /** One key's public part by its id. */
    public Optional<RSAKey> publicKey(String keyId) {
        return keys().stream().filter(k -> k.getKeyID().equals(keyId)).findFirst().map(RSAKey::toPublicJWK);
    }

    /** Adds a new signing key in front of the others; returns its id. Older badges keep verifying. */
    public synchronized String rotate() {
        List<RSAKey> next = new ArrayList<>();
        RSAKey key = generate();
        next.add(key);
        next.addAll(keys());
        write(next);
        keys = List.copyOf(next);
        log.info("Open Badges signing key rotated: new key {}", key.getKeyID());
        return key.getKeyID();
    }

    private RSAKey generate() {
        try {
            String kid = "key-" + KID.format(clock.instant()) + "-" + Long.toHexString(System.nanoTime() & 0xfff);
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<RSAKey> read() {
        try {
            return JWKSet.parse(Files.readString(file)).getKeys().stream().map(JWK::toRSAKey).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("The Open Badges key file " + file + " is not a JWK set", e);
        }
    }

    private void write(List<RSAKey> list) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, new JWKSet(new ArrayList<>(list)).toString(false));
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

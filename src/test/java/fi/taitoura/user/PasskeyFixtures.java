package fi.taitoura.user;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** Passkeys stored and removed for UI and browser tests (the store's own test: PasskeysTest). */
public final class PasskeyFixtures {

    private PasskeyFixtures() {
    }

    public static void store(PublicKeyCredentialUserEntityRepository userEntities,
                             UserCredentialRepository credentials, String username, String label) {
        PasskeysTest.store(userEntities, credentials, username, label);
    }

    public static void removeAll(JdbcTemplate jdbc, String username) {
        PasskeysTest.removeAll(jdbc, username);
    }
}

package fi.taitoura.user;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there are no default passwords. At start, if no active administrator exists: when
 * {@code taitoura.admin.initial-username} and {@code taitoura.admin.initial-password} are configured, that account
 * is created; otherwise a one-time set-up token is printed, to be entered at {@code /setup}.
 */
@Component
@org.springframework.context.annotation.Profile("!command")
public class InitialAdminSetup {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminSetup.class);

    private final UserService users;
    private final String initialUsername;
    private final String initialPassword;
    private volatile String token;

    InitialAdminSetup(UserService users,
                      @Value("${taitoura.admin.initial-username:}") String initialUsername,
                      @Value("${taitoura.admin.initial-password:}") String initialPassword) {
        this.users = users;
        this.initialUsername = initialUsername;
        this.initialPassword = initialPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void onReady() {
        if (users.hasActiveAdmin()) {
            return;
        }
        if (!initialUsername.isBlank() && !initialPassword.isBlank()) {
            users.createInitialAdmin(initialUsername, initialUsername, initialPassword);
            log.info("Created the initial administrator account from configuration");
            return;
        }
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
        log.warn("""

                ================================================================
                 No administrator account exists yet.
                 Open /setup in the browser and enter this one-time token:
                     {}
                ================================================================""", token);
    }

    /** The pending token, while no administrator exists. */
    public Optional<String> pendingToken() {
        return users.hasActiveAdmin() ? Optional.empty() : Optional.ofNullable(token);
    }

    /** Creates the first administrator when the token matches; the token is then spent. */
    public synchronized boolean complete(String givenToken, String username, String fullName, String password) {
        String expected = token;
        if (expected == null || givenToken == null
                || !java.security.MessageDigest.isEqual(expected.getBytes(), givenToken.trim().getBytes())) {
            return false;
        }
        users.createInitialAdmin(username, fullName, password);
        token = null;
        return true;
    }
}

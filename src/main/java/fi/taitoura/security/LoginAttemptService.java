package fi.taitoura.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing. After {@link #FREE_ATTEMPTS} failed sign-ins for one user name, further attempts
 * for it are refused for a period that doubles with each failure (30 s, 1 min, 2 min ... up to 15 min). A
 * successful sign-in clears the count. Counts are per user name so that an attacker rotating addresses gains
 * nothing; they are kept in memory (a restart clears them).
 */
@Service
public class LoginAttemptService {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private record Attempts(int failures, Instant blockedUntil) {
    }

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginAttemptService() {
        this(Clock.systemUTC());
    }

    LoginAttemptService(Clock clock) {
        this.clock = clock;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }

    /** Seconds until the user name may try again; 0 when it may try now. */
    public long secondsBlocked(String username) {
        Attempts a = attempts.get(key(username));
        if (a == null || a.blockedUntil() == null) {
            return 0;
        }
        long s = Duration.between(clock.instant(), a.blockedUntil()).toSeconds();
        return Math.max(0, s + 1);
    }

    public void failed(String username) {
        attempts.compute(key(username), (k, a) -> {
            int failures = (a == null ? 0 : a.failures()) + 1;
            Instant blockedUntil = null;
            if (failures >= FREE_ATTEMPTS) {
                long factor = 1L << Math.min(failures - FREE_ATTEMPTS, 10);
                Duration delay = FIRST_DELAY.multipliedBy(factor);
                blockedUntil = clock.instant().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
            }
            return new Attempts(failures, blockedUntil);
        });
    }

    public void succeeded(String username) {
        attempts.remove(key(username));
    }
}

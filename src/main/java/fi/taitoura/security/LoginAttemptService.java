package fi.taitoura.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing on three levels (docs/adr/0004-security.md):
 * <ul>
 * <li><b>account</b>: after {@code free} failed sign-ins for one account, further attempts for it are refused for
 * 30 s, doubling with each failure up to 15 min. The key is the account id (or, for a name no account has, the
 * normalised name), never the text typed, so spellings that the database would treat as equal cannot reset it;</li>
 * <li><b>address</b>: the same back-off per client address after more failures (an office behind one address must
 * not lock itself out by a few typos);</li>
 * <li><b>global</b>: when more than {@code global-per-minute} sign-ins fail within a minute across the whole
 * installation, every attempt is refused until the minute has passed (a distributed guessing run).</li>
 * </ul>
 * Counters live in memory, in size-bounded maps: a flood of new names or addresses evicts the oldest entries
 * instead of growing the heap. A successful sign-in clears the account's count (not the address's).
 */
@Service
public class LoginAttemptService {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final int MAX_TRACKED = 10_000;

    /** Why an attempt is refused, for the sign-in page and the audit log. */
    public enum Level { ACCOUNT, ADDRESS, GLOBAL }

    /** A refusal: how long to wait and at which level. */
    public record Block(long seconds, Level level) {
    }

    private record Attempts(int failures, Instant blockedUntil) {
    }

    private final Clock clock;
    private final int freePerAccount;
    private final int freePerAddress;
    private final int globalPerMinute;
    private final Cache<String, Attempts> accounts;
    private final Cache<String, Attempts> addresses;
    private final Deque<Instant> recentFailures = new ArrayDeque<>();

    @Autowired
    public LoginAttemptService(@Value("${taitoura.login.free-attempts-per-account:5}") int freePerAccount,
                               @Value("${taitoura.login.free-attempts-per-address:20}") int freePerAddress,
                               @Value("${taitoura.login.global-failures-per-minute:300}") int globalPerMinute) {
        this(Clock.systemUTC(), freePerAccount, freePerAddress, globalPerMinute);
    }

    LoginAttemptService(Clock clock, int freePerAccount, int freePerAddress, int globalPerMinute) {
        this.clock = clock;
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.globalPerMinute = globalPerMinute;
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.accounts = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(Duration.ofHours(1))
                .ticker(ticker).executor(Runnable::run).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(Duration.ofHours(1))
                .ticker(ticker).executor(Runnable::run).build();
    }

    /** The longest refusal in force for this account key and address, or null when the attempt may go ahead. */
    public Block check(String accountKey, String address) {
        Instant now = clock.instant();
        long global = globalSecondsBlocked(now);
        if (global > 0) {
            return new Block(global, Level.GLOBAL);
        }
        long account = accountKey == null ? 0 : seconds(accounts.getIfPresent(accountKey), now);
        long byAddress = address == null ? 0 : seconds(addresses.getIfPresent(address), now);
        if (account == 0 && byAddress == 0) {
            return null;
        }
        return account >= byAddress ? new Block(account, Level.ACCOUNT) : new Block(byAddress, Level.ADDRESS);
    }

    public void failed(String accountKey, String address) {
        Instant now = clock.instant();
        if (accountKey != null) {
            accounts.asMap().compute(accountKey, (k, a) -> next(a, freePerAccount, now));
        }
        if (address != null) {
            addresses.asMap().compute(address, (k, a) -> next(a, freePerAddress, now));
        }
        synchronized (recentFailures) {
            recentFailures.addLast(now);
            prune(now);
        }
    }

    public void succeeded(String accountKey) {
        if (accountKey != null) {
            accounts.invalidate(accountKey);
        }
    }

    /**
     * Checks a signed-in user's own current password when they change it (issue #16): refused while the account is
     * locked out; a wrong password counts against the account as a failed sign-in does. Blocks and failures are
     * published as {@link SignInRefusedEvent}s. Throws {@code BusinessRuleException("password.error.throttled",
     * minutes)} when blocked, {@code ("password.error.current")} when wrong.
     */
    public void checkOwnPassword(Long accountId, String username, Long organisationId, boolean matches,
                                 org.springframework.context.ApplicationEventPublisher events) {
        String key = "u:" + accountId;
        Block block = check(key, null);
        if (block != null) {
            events.publishEvent(new SignInRefusedEvent(true, username, accountId, organisationId, "passwordChange"));
            throw new fi.taitoura.base.BusinessRuleException("password.error.throttled",
                    Math.max(1, (block.seconds() + 59) / 60));
        }
        if (!matches) {
            failed(key, null);
            events.publishEvent(new SignInRefusedEvent(false, username, accountId, organisationId,
                    "badCurrentPassword"));
            throw new fi.taitoura.base.BusinessRuleException("password.error.current");
        }
    }

    /** How many keys are tracked (for tests: the maps stay bounded). */
    long trackedKeys() {
        accounts.cleanUp();
        addresses.cleanUp();
        return accounts.estimatedSize() + addresses.estimatedSize();
    }

    private static Attempts next(Attempts a, int free, Instant now) {
        int failures = (a == null ? 0 : a.failures()) + 1;
        Instant blockedUntil = null;
        if (failures >= free) {
            long factor = 1L << Math.min(failures - free, 10);
            Duration delay = FIRST_DELAY.multipliedBy(factor);
            blockedUntil = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
        return new Attempts(failures, blockedUntil);
    }

    private static long seconds(Attempts a, Instant now) {
        if (a == null || a.blockedUntil() == null || !a.blockedUntil().isAfter(now)) {
            return 0;
        }
        return Duration.between(now, a.blockedUntil()).toSeconds() + 1;
    }

    private long globalSecondsBlocked(Instant now) {
        synchronized (recentFailures) {
            prune(now);
            if (recentFailures.size() < globalPerMinute) {
                return 0;
            }
            Instant oldest = recentFailures.peekFirst();
            return Math.max(1, Duration.between(now, oldest.plus(Duration.ofMinutes(1))).toSeconds() + 1);
        }
    }

    private void prune(Instant now) {
        Instant limit = now.minus(Duration.ofMinutes(1));
        while (!recentFailures.isEmpty() && !recentFailures.peekFirst().isAfter(limit)) {
            recentFailures.pollFirst();
        }
        while (recentFailures.size() > globalPerMinute * 2L) {
            recentFailures.pollFirst();
        }
    }
}

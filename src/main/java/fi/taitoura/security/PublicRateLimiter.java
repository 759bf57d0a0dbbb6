package fi.taitoura.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Limits what anyone can do without signing in (today: looking up verification codes at {@code /verify}), so that
 * codes cannot be guessed in bulk: at most {@code per-address} look-ups a minute from one client address and
 * {@code global} a minute in all. Counters are per minute window, in a size-bounded map.
 */
@Service
public class PublicRateLimiter {

    private final int perAddress;
    private final int global;
    private final Cache<String, AtomicInteger> counters = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(2)).build();
    private final AtomicLong globalWindow = new AtomicLong();
    private final AtomicInteger globalCount = new AtomicInteger();

    PublicRateLimiter(@Value("${taitoura.public.lookups-per-address-per-minute:20}") int perAddress,
                      @Value("${taitoura.public.lookups-per-minute:600}") int global) {
        this.perAddress = perAddress;
        this.global = global;
    }

    /** True when one more look-up of this kind from this address is allowed now (and counts it). */
    public boolean tryAcquire(String kind, String address) {
        long window = System.currentTimeMillis() / 60_000;
        if (globalWindow.getAndSet(window) != window) {
            globalCount.set(0);
        }
        if (globalCount.incrementAndGet() > global) {
            return false;
        }
        String key = kind + "|" + window + "|" + (address == null ? "?" : address);
        return counters.get(key, k -> new AtomicInteger()).incrementAndGet() <= perAddress;
    }
}

package fi.taitoura.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 12, finding 9: verification codes cannot be guessed in bulk. */
class PublicRateLimiterTest {

    @Test
    void oneAddressGetsAFewLookUpsAMinuteAndEveryoneTogetherABoundedNumber() {
        PublicRateLimiter limiter = new PublicRateLimiter(20, 100);
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire("verify", "192.0.2.7")).isTrue();
        }
        assertThat(limiter.tryAcquire("verify", "192.0.2.7")).isFalse();
        assertThat(limiter.tryAcquire("verify", "192.0.2.8")).isTrue();
        int allowed = 0;
        for (int i = 0; i < 200; i++) {
            if (limiter.tryAcquire("verify", "198.51.100." + i)) {
                allowed++;
            }
        }
        assertThat(allowed).as("the global limit holds").isLessThanOrEqualTo(100);
    }
}

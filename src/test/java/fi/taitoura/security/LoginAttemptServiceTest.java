package fi.taitoura.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptServiceTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void blocksAfterFreeAttemptsWithGrowingDelayAndClearsOnSuccess() {
        MutableClock clock = new MutableClock();
        LoginAttemptService s = new LoginAttemptService(clock);
        for (int i = 0; i < LoginAttemptService.FREE_ATTEMPTS - 1; i++) {
            s.failed("Veera");
        }
        assertThat(s.secondsBlocked("veera")).isZero();
        s.failed("veera");
        assertThat(s.secondsBlocked("VEERA")).isBetween(30L, 31L);
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertThat(s.secondsBlocked("veera")).isZero();
        s.failed("veera");
        assertThat(s.secondsBlocked("veera")).isBetween(60L, 61L);
        for (int i = 0; i < 20; i++) {
            s.failed("veera");
        }
        assertThat(s.secondsBlocked("veera")).isLessThanOrEqualTo(LoginAttemptService.MAX_DELAY.toSeconds() + 1);
        assertThat(s.secondsBlocked("someone-else")).isZero();
        s.succeeded("veera");
        assertThat(s.secondsBlocked("veera")).isZero();
    }
}

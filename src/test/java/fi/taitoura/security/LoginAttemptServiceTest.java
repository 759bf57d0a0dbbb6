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
    void blocksAnAccountAfterFreeAttemptsWithGrowingDelayAndClearsOnSuccess() {
        MutableClock clock = new MutableClock();
        LoginAttemptService s = new LoginAttemptService(clock, 5, 20, 300);
        for (int i = 0; i < 4; i++) {
            s.failed("u:7", "10.0.0." + i);
        }
        assertThat(s.check("u:7", "10.0.0.9")).isNull();
        s.failed("u:7", "10.0.0.4");
        assertThat(s.check("u:7", "10.9.9.9")).as("rotating addresses gains nothing")
                .satisfies(b -> assertThat(b.seconds()).isBetween(30L, 31L))
                .satisfies(b -> assertThat(b.level()).isEqualTo(LoginAttemptService.Level.ACCOUNT));
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertThat(s.check("u:7", null)).isNull();
        s.failed("u:7", null);
        assertThat(s.check("u:7", null).seconds()).isBetween(60L, 61L);
        for (int i = 0; i < 20; i++) {
            s.failed("u:7", null);
        }
        assertThat(s.check("u:7", null).seconds()).isLessThanOrEqualTo(LoginAttemptService.MAX_DELAY.toSeconds() + 1);
        assertThat(s.check("u:8", null)).isNull();
        s.succeeded("u:7");
        assertThat(s.check("u:7", null)).isNull();
    }

    @Test
    void oneAddressTryingManyAccountsIsBlocked() {
        LoginAttemptService s = new LoginAttemptService(new MutableClock(), 5, 20, 300);
        for (int i = 0; i < 20; i++) {
            s.failed("n:guess" + i, "192.0.2.1");
        }
        LoginAttemptService.Block b = s.check("u:1", "192.0.2.1");
        assertThat(b).isNotNull();
        assertThat(b.level()).isEqualTo(LoginAttemptService.Level.ADDRESS);
        assertThat(s.check("u:1", "192.0.2.2")).isNull();
    }

    @Test
    void manyFailuresEverywhereBlockEveryoneForTheRestOfTheMinute() {
        MutableClock clock = new MutableClock();
        LoginAttemptService s = new LoginAttemptService(clock, 5, 20, 50);
        for (int i = 0; i < 50; i++) {
            s.failed("n:x" + i, "198.51.100." + i);
        }
        assertThat(s.check("u:2", "203.0.113.5").level()).isEqualTo(LoginAttemptService.Level.GLOBAL);
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(s.check("u:2", "203.0.113.5")).isNull();
    }

    @Test
    void theMapsStayBoundedUnderAFloodOfNewNamesAndAddresses() {
        LoginAttemptService s = new LoginAttemptService(new MutableClock(), 5, 20, Integer.MAX_VALUE / 4);
        for (int i = 0; i < 3 * LoginAttemptService.MAX_TRACKED; i++) {
            s.failed("n:name" + i, "2001:db8::" + Integer.toHexString(i));
        }
        assertThat(s.trackedKeys()).isLessThanOrEqualTo(2L * LoginAttemptService.MAX_TRACKED);
    }
}

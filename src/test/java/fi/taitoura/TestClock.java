package fi.taitoura;

import fi.taitoura.base.time.Time;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The suite's clock: the real time in the configured zone unless a test {@link #fix fixes} it;
 * {@link AbstractIntegrationTest} puts it back after every test. It is the application's {@link Clock} bean and the
 * source of {@link Time} in tests, so one Spring context serves tests at any time of day.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** From now on "now" is this instant (until {@link #reset()}). */
    public void fix(Instant at) {
        fixed = at;
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {
        @Bean
        TestClock testClock() {
            TestClock clock = new TestClock(Time.zone());
            Time.use(clock);
            return clock;
        }
    }
}

package fi.taitoura.base.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The one source of "now" and "today" (ADR 0034): the time zone people work in ({@code taitoura.time-zone},
 * Europe/Helsinki unless configured), never the server's, which is UTC. Services and views ask here (or inject the
 * {@link Clock} bean, which is the same clock); tests fix the time through the clock bean of their configuration.
 */
public final class Time {

    /** The zone when none is configured. */
    public static final String DEFAULT_ZONE = "Europe/Helsinki";

    private static volatile Clock source = Clock.system(ZoneId.of(DEFAULT_ZONE));

    private static final Clock CURRENT = new Current(null);

    private Time() {
    }

    /** A clock that always follows the configured source, safe to keep in a field. */
    public static Clock clock() {
        return CURRENT;
    }

    public static ZoneId zone() {
        return source.getZone();
    }

    /** Today's date where people work. */
    public static LocalDate today() {
        return LocalDate.now(source);
    }

    /** Local date and time where people work. */
    public static LocalDateTime now() {
        return LocalDateTime.now(source);
    }

    public static ZonedDateTime zonedNow() {
        return ZonedDateTime.now(source);
    }

    public static Instant instant() {
        return source.instant();
    }

    /** The local date of an instant where people work. */
    public static LocalDate dateOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone());
    }

    /** Sets the source: the application's configuration at start, a test's fixed clock. */
    public static void use(Clock clock) {
        source = Objects.requireNonNull(clock);
    }

    /** Follows {@link #source}: a field holding it stays right when a test moves the time. */
    private static final class Current extends Clock {
        private final ZoneId zone;

        Current(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone == null ? source.getZone() : zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Current(other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}

package fi.taitoura.lifecycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A feature whose matters with a client can outlast their training periods or exist without any (supported
 * employment follows a person into work after the period, and may take clients who never had one). A client's records
 * are kept until the last matter of any kind has been closed for the retention time (docs/adr/0020), so the lifecycle
 * asks every feature that implements this, in its own package and on its own tables.
 */
public interface ClientMatters {

    /** The clients with a matter here that is still open or was closed after {@code closedAfter}. */
    Set<Long> openOrClosedAfter(LocalDate closedAfter);

    /** The clients whose every matter here was closed on or before {@code closedBy}, with the last closing date. */
    Map<Long, LocalDate> allClosedBy(LocalDate closedBy);
}

package fi.taitoura.lifecycle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The client register's view for the data lifecycle; the trainee feature implements it. */
public interface RetentionSubjects {

    /**
     * A client and the end of their last training period ({@code null} when they never had one: a client of another
     * feature's matters only); {@code anonymised} once the lifecycle anonymised them.
     */
    record Client(long traineeId, long organisationId, LocalDate lastPeriodEnd, int bornOnDay, boolean anonymised) {
    }

    /** Clients not yet anonymised whose every period ended on or before {@code endedBy}. */
    List<Client> endedBy(LocalDate endedBy);

    Optional<Client> find(long traineeId);

    /** The clients of these ids not yet anonymised, with or without training periods. */
    List<Client> notAnonymised(Collection<Long> traineeIds);

    /** The ids of the trainee's training periods. */
    List<Long> periodIds(long traineeId);

    /** Marks the client anonymised (the identity itself is removed by the trainee feature's holder). */
    void markAnonymised(long traineeId);
}

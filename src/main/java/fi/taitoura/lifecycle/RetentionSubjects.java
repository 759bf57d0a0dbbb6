package fi.taitoura.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The client register's view for the data lifecycle; the trainee feature implements it. */
public interface RetentionSubjects {

    /** A client whose last training period ended; {@code anonymised} once the lifecycle anonymised them. */
    record Client(long traineeId, long organisationId, LocalDate lastPeriodEnd, int bornOnDay, boolean anonymised) {
    }

    /** Clients not yet anonymised whose every period ended on or before {@code endedBy}. */
    List<Client> endedBy(LocalDate endedBy);

    Optional<Client> find(long traineeId);

    /** The ids of the trainee's training periods. */
    List<Long> periodIds(long traineeId);

    /** Marks the client anonymised (the identity itself is removed by the trainee feature's holder). */
    void markAnonymised(long traineeId);
}

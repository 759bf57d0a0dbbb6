package fi.taitoura.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Tells the audit log which organisation a trainee belongs to, so that entries can be scoped by organisation. The
 * trainee feature implements it (the audit log never reads another feature's tables).
 */
public interface AuditSubjects {

    /** The organisation id of each known trainee id; unknown ids are left out. */
    Map<Long, Long> organisationsOf(Collection<Long> traineeIds);
}

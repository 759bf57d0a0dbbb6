package fi.taitoura.audit;

import java.time.LocalDate;

/** Filter for browsing the audit log; every part is optional. */
public record AuditFilter(String actor, String entityType, Long entityId, Long traineeId, AuditAction action,
                          LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}

package fi.taitoura.reporting;

import java.time.LocalDate;

/** What the team lead asked for: an organisation, a work unit, a coach (each optional) and a time range. */
public record ReportQuery(Long organisationId, Long workUnitId, Long coachId, LocalDate from, LocalDate to) {

    /** Ids and dates only, for the audit log ({@code key=value} codes). */
    public String auditDetails() {
        return fi.taitoura.audit.AuditDetails.of("org", organisationId, "unit", workUnitId, "coach", coachId,
                "from", from, "to", to);
    }
}

package fi.taitoura.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long each kind of record is kept, from configuration, with the Finnish social-welfare defaults
 * (docs/security-and-privacy.md, "Retention"):
 * <ul>
 * <li>client records (the trainee, their periods and everything recorded in them, summaries, certificates):
 * {@code P10Y} after the last period ended: Act 703/2023 annex, working-age services (työikäisten palvelutehtävä),
 * "10 years after the matter was closed";</li>
 * <li>the audit log: {@code P12Y} after the entry (see the document for the uncertainty);</li>
 * <li>people born on the 8th, 18th or 28th day of a month: their records may be ordered archived permanently by the
 * National Archives' screening decisions; they are listed as "transfer to archive" and never anonymised here.</li>
 * </ul>
 * The action for client records is anonymisation (anonymous statistics stay) or erasure.
 */
@Component
public class RetentionRules {

    public enum Action { ANONYMISE, ERASE }

    private final Period clientRecords;
    private final Period auditLog;
    private final Action action;
    private final Set<Integer> archiveBornOnDays;

    RetentionRules(@Value("${taitoura.retention.client-records:P10Y}") Period clientRecords,
                   @Value("${taitoura.retention.audit-log:P12Y}") Period auditLog,
                   @Value("${taitoura.retention.client-records-action:ANONYMISE}") Action action,
                   @Value("${taitoura.retention.archive-born-on-days:8,18,28}") String archiveBornOnDays) {
        this.clientRecords = clientRecords;
        this.auditLog = auditLog;
        this.action = action;
        this.archiveBornOnDays = archiveBornOnDays == null || archiveBornOnDays.isBlank() ? Set.of()
                : Arrays.stream(archiveBornOnDays.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).collect(Collectors.toSet());
    }

    public Period clientRecords() {
        return clientRecords;
    }

    public Period auditLog() {
        return auditLog;
    }

    public Action action() {
        return action;
    }

    public Set<Integer> archiveBornOnDays() {
        return archiveBornOnDays;
    }

    /** The last day a client record may have ended on to be due today. */
    public LocalDate clientRecordsEndedBy(LocalDate today) {
        return today.minus(clientRecords);
    }

    public boolean mustArchive(int bornOnDay) {
        return archiveBornOnDays.contains(bornOnDay);
    }
}

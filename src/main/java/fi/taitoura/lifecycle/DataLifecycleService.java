package fi.taitoura.lifecycle;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data lifecycle (issue 12, finding 8): what is due for anonymisation or erasure under {@link RetentionRules},
 * doing it, and the export of one client's data for a subject-access request. Every feature holding personal data
 * takes part through {@link PersonalDataHolder}. An administrator acts within their organisation (a system
 * administrator without one, and the {@code ./run retention} command, on all); every step is audited.
 */
@Service
public class DataLifecycleService {

    private final RetentionRules rules;
    private final RetentionSubjects subjects;
    private final List<PersonalDataHolder> holders;
    private final List<ClientMatters> matters;
    private final CurrentUser currentUser;
    private final AuditService audit;

    DataLifecycleService(RetentionRules rules, RetentionSubjects subjects, List<PersonalDataHolder> holders,
                         List<ClientMatters> matters, CurrentUser currentUser, AuditService audit) {
        this.rules = rules;
        this.subjects = subjects;
        this.matters = List.copyOf(matters);
        this.holders = holders.stream().sorted(Comparator.comparingInt(PersonalDataHolder::eraseOrder).reversed())
                .toList();
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * One client due: what happens to them and why. {@code lastPeriodEnd} is the end of their last matter of any kind
     * (a training period, or another feature's {@link ClientMatters}, e.g. a supported-employment case).
     */
    public record Due(long traineeId, long organisationId, LocalDate lastPeriodEnd, boolean archiveFirst,
                      RetentionRules.Action action) {
    }

    public RetentionRules rules() {
        return rules;
    }

    /** The clients whose retention has ended on {@code today}, oldest first (within the administrator's scope). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Due> findDue(LocalDate today) {
        return due(today);
    }

    /** For the {@code ./run retention} command (no signed-in user). */
    @Transactional(readOnly = true)
    public List<Due> findDueForCommand(LocalDate today) {
        return due(today);
    }

    private List<Due> due(LocalDate today) {
        Long org = currentUser.organisationId().orElse(null);
        LocalDate endedBy = rules.clientRecordsEndedBy(today);
        // a matter of another feature still open (or closed within the retention time) keeps the client's records
        Set<Long> open = new HashSet<>();
        Map<Long, LocalDate> closed = new HashMap<>();
        for (ClientMatters m : matters) {
            open.addAll(m.openOrClosedAfter(endedBy));
            m.allClosedBy(endedBy).forEach((id, on) -> closed.merge(id, on, (a, b) -> a.isAfter(b) ? a : b));
        }
        Map<Long, RetentionSubjects.Client> candidates = new LinkedHashMap<>();
        subjects.endedBy(endedBy).forEach(c -> candidates.put(c.traineeId(), c));
        // clients of other matters only, who never had a training period
        subjects.notAnonymised(closed.keySet().stream().filter(id -> !candidates.containsKey(id)).toList()).stream()
                .filter(c -> c.lastPeriodEnd() == null).forEach(c -> candidates.put(c.traineeId(), c));
        List<Due> list = new ArrayList<>();
        for (RetentionSubjects.Client c : candidates.values()) {
            if (open.contains(c.traineeId()) || (org != null && org != c.organisationId())) {
                continue;
            }
            LocalDate lastEnd = c.lastPeriodEnd();
            LocalDate closedOn = closed.get(c.traineeId());
            if (lastEnd == null || (closedOn != null && closedOn.isAfter(lastEnd))) {
                lastEnd = closedOn;
            }
            list.add(new Due(c.traineeId(), c.organisationId(), lastEnd, rules.mustArchive(c.bornOnDay()),
                    rules.action()));
        }
        list.sort(Comparator.comparing(Due::lastPeriodEnd));
        return list;
    }

    /** Applies the rule to one due client (refused when not due or to be archived first). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void apply(long traineeId, LocalDate today) {
        applyOne(traineeId, today);
    }

    /** Applies the rule to every due client that need not be archived first; returns how many. */
    @Transactional
    public int applyAllForCommand(LocalDate today) {
        int n = 0;
        for (Due d : due(today)) {
            if (!d.archiveFirst()) {
                applyOne(d.traineeId(), today);
                n++;
            }
        }
        return n;
    }

    private void applyOne(long traineeId, LocalDate today) {
        Due due = due(today).stream().filter(d -> d.traineeId() == traineeId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("retention.error.notDue"));
        if (due.archiveFirst()) {
            throw new BusinessRuleException("retention.error.archiveFirst");
        }
        List<Long> periods = subjects.periodIds(traineeId);
        if (due.action() == RetentionRules.Action.ERASE) {
            holders.forEach(h -> h.erase(traineeId, periods));
            record(AuditAction.ERASE, traineeId, "erased");
        } else {
            holders.forEach(h -> h.anonymise(traineeId, periods));
            subjects.markAnonymised(traineeId);
            record(AuditAction.ANONYMISE, traineeId, "anonymised");
        }
    }

    private void record(AuditAction action, long traineeId, String what) {
        String details = AuditDetails.of("what", what, "rule", "clientRecords:" + rules.clientRecords());
        if (currentUser.id().isPresent()) {
            audit.recordChange(action, "Retention", traineeId, traineeId, details);
        } else {
            audit.recordSystemEvent(action, "Retention", traineeId, traineeId, details);
        }
    }

    /** Everything held about one client, section by section, for a subject-access request (audited). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public SubjectAccessExport export(long traineeId) {
        RetentionSubjects.Client client = subjects.find(traineeId)
                .orElseThrow(() -> new BusinessRuleException("retention.error.noSuchTrainee"));
        Long org = currentUser.organisationId().orElse(null);
        if (org != null && org != client.organisationId()) {
            audit.recordRefused("SubjectAccessExport", traineeId, traineeId);
            throw new AccessDeniedException("Another organisation's client");
        }
        return exportFor(traineeId);
    }

    /**
     * True when {@link #export} would give this client's data to the signed-in administrator: the client exists and
     * is of the administrator's organisation (a platform administrator: any). Another organisation's client is
     * refused (and audited) the same way as a missing one, so that the answer tells nothing about it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean mayExport(long traineeId) {
        var client = subjects.find(traineeId);
        if (client.isEmpty()) {
            return false;
        }
        Long org = currentUser.organisationId().orElse(null);
        if (org != null && org != client.get().organisationId()) {
            audit.recordRefused("SubjectAccessExport", traineeId, traineeId);
            return false;
        }
        return true;
    }

    /** For the {@code ./run subject-access} command. */
    @Transactional(readOnly = true)
    public SubjectAccessExport exportForCommand(long traineeId) {
        subjects.find(traineeId).orElseThrow(() -> new BusinessRuleException("retention.error.noSuchTrainee"));
        return exportFor(traineeId);
    }

    private SubjectAccessExport exportFor(long traineeId) {
        List<Long> periods = subjects.periodIds(traineeId);
        Map<String, Map<String, List<Map<String, Object>>>> sections = new LinkedHashMap<>();
        for (PersonalDataHolder h : holders.reversed()) {
            sections.put(h.section(), h.export(traineeId, periods));
        }
        sections.put("accessLog", Map.of("entries", audit.accessLogOf(traineeId)));
        audit.recordRead("SubjectAccessExport", traineeId, traineeId, AuditDetails.what("subjectAccessExport"));
        return new SubjectAccessExport(traineeId, Instant.now(), sections);
    }
}

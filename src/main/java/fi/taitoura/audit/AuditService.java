package fi.taitoura.audit;

import fi.taitoura.security.CurrentUser;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one audit log every feature writes to: who read or changed which record, when, and what changed.
 * <p>
 * A change is recorded in the same transaction as the change itself, so a rolled-back change leaves no entry. A
 * read is recorded in a transaction of its own, because reads run in read-only transactions.
 */
@Service
public class AuditService {

    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private final AuditRepository repository;
    private final CurrentUser currentUser;

    AuditService(AuditRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    /** Records that the current user read a record. {@code traineeId} links the entry to a trainee, if any. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(String entityType, Long entityId, Long traineeId, String details) {
        save(AuditAction.READ, entityType, entityId, traineeId, details);
    }

    /** Records a change by the current user, within the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditAction action, String entityType, Long entityId, Long traineeId, String details) {
        save(action, entityType, entityId, traineeId, details);
    }

    /** Records a security event (sign-in) for a user that is not yet in the security context. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurityEvent(AuditAction action, String actor, Long actorUserId, String details) {
        repository.save(new AuditEntry(Instant.now(), actorUserId, actor, action, "Session", null, null, details));
    }

    private void save(AuditAction action, String entityType, Long entityId, Long traineeId, String details) {
        repository.save(new AuditEntry(Instant.now(), currentUser.id().orElse(null),
                currentUser.username().orElse("system"), action, entityType, entityId, traineeId, details));
    }

    /** Human-readable list of changed fields, {@code field: old → new}; empty when nothing changed. */
    public static String describeChanges(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> keys = new LinkedHashMap<>(before);
        keys.putAll(after);
        List<String> parts = new ArrayList<>();
        for (String key : keys.keySet()) {
            Object a = before.get(key);
            Object b = after.get(key);
            if (!Objects.equals(a, b)) {
                parts.add(key + ": " + (a == null ? "–" : a) + " → " + (b == null ? "–" : b));
            }
        }
        return String.join("; ", parts);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, Pageable page) {
        return repository.findAll(spec(filter),
                org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return repository.count(spec(filter));
    }

    private static Specification<AuditEntry> spec(AuditFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.actor() != null && !f.actor().isBlank()) {
                p.add(cb.like(cb.lower(root.get("actor")), "%" + f.actor().trim().toLowerCase() + "%"));
            }
            if (f.entityType() != null && !f.entityType().isBlank()) {
                p.add(cb.equal(root.get("entityType"), f.entityType()));
            }
            if (f.entityId() != null) {
                p.add(cb.equal(root.get("entityId"), f.entityId()));
            }
            if (f.traineeId() != null) {
                p.add(cb.equal(root.get("traineeId"), f.traineeId()));
            }
            if (f.action() != null) {
                p.add(cb.equal(root.get("action"), f.action()));
            }
            if (f.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from().atStartOfDay(ZONE).toInstant()));
            }
            if (f.to() != null) {
                p.add(cb.lessThan(root.get("occurredAt"), f.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return repository.findEntityTypes();
    }
}

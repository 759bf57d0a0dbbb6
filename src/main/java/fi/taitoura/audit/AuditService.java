package fi.taitoura.audit;

import fi.taitoura.base.time.Time;
import fi.taitoura.security.CurrentUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one audit log every feature writes to: who read or changed which record, when, and what kind of change.
 * <p>
 * {@code details} holds codes only ({@link AuditDetails}: field names, ids, kinds), never personal data; anything
 * else is refused. A change is recorded in the same transaction as the change itself, so a rolled-back change
 * leaves no entry. A read, a refusal and a security event are recorded in a transaction of their own (reads run in
 * read-only transactions, refusals roll back), on a connection of the audit's own small pool ({@link AuditWriter},
 * ADR 0031), so that no request ever needs two connections of the application's pool at once. Entries are scoped
 * by organisation: the trainee's (else the actor's) and the actor's own. Reading the log is itself logged.
 */
@Service
public class AuditService {

    private static final ZoneId ZONE = Time.zone();
    /** The entity type under which reads of the audit log itself are recorded. */
    public static final String AUDIT_LOG = "AuditLog";

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final ObjectProvider<AuditSubjects> subjects;
    private final AuditWriter own;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    AuditService(AuditRepository repository, CurrentUser currentUser, ObjectProvider<AuditSubjects> subjects,
                 AuditWriter own, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.currentUser = currentUser;
        this.subjects = subjects;
        this.own = own;
    }

    /** Records that the current user read a record. {@code traineeId} links the entry to a trainee, if any. */
    public void recordRead(String entityType, Long entityId, Long traineeId, String details) {
        AuditDetails.check(details);
        writeRead(pending(AuditAction.READ, entityType, entityId, traineeId, details, List.of()));
    }

    /**
     * As {@link #recordRead(String, Long, Long, String)}, with the trainee's organisation as the caller read it with
     * the access facts (null: look it up): not looked up again (issue 18).
     */
    public void recordRead(String entityType, Long entityId, Long traineeId, Long traineeOrganisationId,
                           String details) {
        AuditDetails.check(details);
        writeRead(pending(AuditAction.READ, entityType, entityId, traineeId, details, List.of())
                .in(traineeOrganisationId));
    }

    /**
     * Records that the current user was shown a list of trainees (a list view, a search result): each trainee shown
     * is kept with the entry, so the log answers "who saw client X" for lists too.
     */
    public void recordListRead(String entityType, Collection<Long> traineeIds, String details) {
        AuditDetails.check(details);
        List<Long> ids = traineeIds.stream().filter(Objects::nonNull).distinct().toList();
        writeRead(pending(AuditAction.READ, entityType, null, null,
                AuditDetails.of("count", ids.size()) + (details == null ? "" : ";" + details), ids));
    }

    /** Records that the access rules refused the current user a read or change; kept even though the call fails. */
    public void recordRefused(String entityType, Long entityId, Long traineeId) {
        recordRefused(entityType, entityId, traineeId, null);
    }

    /** As {@link #recordRefused(String, Long, Long)}, with codes only in {@code details} (e.g. the page refused). */
    public void recordRefused(String entityType, Long entityId, Long traineeId, String details) {
        AuditDetails.check(details);
        writeOwn(List.of(pending(AuditAction.REFUSED, entityType, entityId, traineeId, details, List.of())));
    }

    /** Records a change by the current user, within the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditAction action, String entityType, Long entityId, Long traineeId, String details) {
        recordChange(action, entityType, entityId, traineeId, null, details);
    }

    /**
     * As {@link #recordChange(AuditAction, String, Long, Long, String)}, with the trainee's organisation as the caller
     * read it with the access facts (null: look it up): not looked up again (issue 18).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditAction action, String entityType, Long entityId, Long traineeId,
                             Long traineeOrganisationId, String details) {
        AuditDetails.check(details);
        Pending entry = pending(action, entityType, entityId, traineeId, details, List.of()).in(traineeOrganisationId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // written with the transaction's other changes just before it commits, in it: one look-up of the
            // trainees' organisations for all of them (issue 18: a coach's day records a change per trainee)
            pendingIn(false).entries().add(entry);
        } else {
            write(List.of(entry));
        }
    }

    /**
     * Records a security event (sign-in, a refused sign-in) for a user that is not yet in the security context.
     * {@code actor} is an account's user name or {@code ?}, never text typed by an unknown person.
     */
    public void recordSecurityEvent(AuditAction action, String actor, Long actorUserId, String details) {
        recordSecurityEvent(action, actor, actorUserId, null, details);
    }

    /** As {@link #recordSecurityEvent(AuditAction, String, Long, String)}, within the account's organisation. */
    public void recordSecurityEvent(AuditAction action, String actor, Long actorUserId, Long organisationId,
                                    String details) {
        AuditDetails.check(details);
        own.write(List.of(new AuditWriter.Row(Instant.now(), actorUserId, actor == null ? "?" : actor, action,
                "Session", null, null, organisationId, organisationId, details, List.of())));
    }

    /**
     * Records a read by someone who is not signed in (the public verification page): the actor is {@code public};
     * {@code traineeId} links it to the trainee whose document was looked up.
     */
    public void recordPublicRead(String entityType, Long entityId, Long traineeId, String details) {
        AuditDetails.check(details);
        Map<Long, Long> orgs = organisationsOf(traineeId == null ? Set.of() : Set.of(traineeId));
        own.write(List.of(new AuditWriter.Row(Instant.now(), null, "public", AuditAction.READ, entityType, entityId,
                traineeId, traineeId == null ? null : orgs.get(traineeId), null, details, List.of())));
    }

    /** Records an event of the system itself (a retention run, a command), with no signed-in user. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSystemEvent(AuditAction action, String entityType, Long entityId, Long traineeId,
                                  String details) {
        AuditDetails.check(details);
        save(action, entityType, entityId, traineeId, details, List.of());
    }

    private void save(AuditAction action, String entityType, Long entityId, Long traineeId, String details,
                      List<Long> shownTrainees) {
        write(List.of(pending(action, entityType, entityId, traineeId, details, shownTrainees)));
    }

    /** An entry as recorded: when and by whom at the time of the call, written now or when the transaction ends. */
    private record Pending(Instant occurredAt, Long actorUserId, String actor, Long actorOrganisationId,
                           AuditAction action, String entityType, Long entityId, Long traineeId, String details,
                           List<Long> shownTrainees, Long traineeOrganisationId) {

        /** The entry with the trainee's organisation known (null: to be looked up). */
        Pending in(Long organisationId) {
            return new Pending(occurredAt, actorUserId, actor, actorOrganisationId, action, entityType, entityId,
                    traineeId, details, shownTrainees, organisationId);
        }
    }

    private Pending pending(AuditAction action, String entityType, Long entityId, Long traineeId, String details,
                            List<Long> shownTrainees) {
        return new Pending(Instant.now(), currentUser.id().orElse(null), currentUser.username().orElse("system"),
                currentUser.organisationId().orElse(null), action, entityType, entityId, traineeId, details,
                shownTrainees, null);
    }

    /** Writes the entries in the caller's transaction, looking up the trainees' organisations in one query. */
    private void write(List<Pending> entries) {
        // by JDBC on the transaction's own connection: one batch instead of an insert per entry (identity ids keep
        // Hibernate from batching; issue 18: a coach's day records a change per trainee)
        List<AuditWriter.Row> rows = resolve(entries, true);
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) c -> {
            AuditWriter.insert(c, rows);
            return null;
        });
    }

    /**
     * Writes the entries in a transaction of their own, through the audit's own pool. The trainees' organisations
     * are looked up first, in one query on the caller's connection (in its transaction, if it has one).
     */
    private void writeOwn(List<Pending> entries) {
        own.write(resolve(entries, false));
    }

    /**
     * The rows of the entries, with the trainees' organisations looked up in one query. Where the look-up fails
     * ({@code strict} false: the caller's transaction is broken, e.g. it is rolling back after a lost connection)
     * the entries are kept in the actor's organisation rather than lost.
     */
    private List<AuditWriter.Row> resolve(List<Pending> entries, boolean strict) {
        Set<Long> lookUp = new LinkedHashSet<>();
        for (Pending p : entries) {
            lookUp.addAll(p.shownTrainees());
            if (p.traineeId() != null && p.traineeOrganisationId() == null) {
                lookUp.add(p.traineeId());
            }
        }
        Map<Long, Long> orgs;
        try {
            orgs = organisationsOf(lookUp);
        } catch (RuntimeException e) {
            if (strict) {
                throw e;
            }
            org.slf4j.LoggerFactory.getLogger(AuditService.class).warn(
                    "Could not look up the organisations of {} audit entries; kept under the actor's", entries.size(),
                    e);
            orgs = Map.of();
        }
        List<AuditWriter.Row> rows = new ArrayList<>(entries.size());
        for (Pending p : entries) {
            Long org = p.traineeId() == null ? p.actorOrganisationId()
                    : p.traineeOrganisationId() != null ? p.traineeOrganisationId()
                    : orgs.containsKey(p.traineeId()) ? orgs.get(p.traineeId()) : p.actorOrganisationId();
            List<AuditSubject> shown = new ArrayList<>();
            for (Long id : p.shownTrainees()) {
                shown.add(new AuditSubject(id, orgs.get(id)));
            }
            rows.add(new AuditWriter.Row(p.occurredAt(), p.actorUserId(), p.actor(), p.action(), p.entityType(),
                    p.entityId(), p.traineeId(), org, p.actorOrganisationId(), p.details(), shown));
        }
        return rows;
    }

    private Map<Long, Long> organisationsOf(Set<Long> traineeIds) {
        AuditSubjects resolver = traineeIds.isEmpty() ? null : subjects.getIfAvailable();
        return resolver == null ? Map.of() : resolver.organisationsOf(traineeIds);
    }

    /**
     * A read is written in a transaction of its own (reads run in read-only transactions), through the audit's own
     * pool. Within a transaction, the reads it records are written together just before it commits (issue 18: a
     * ledger records two reads, a coach's day one per trainee); if it rolls back instead, just before the rollback.
     * Either way the organisations are looked up while the transaction is still open, on its connection. A failure to
     * write them before the commit fails the call, so nothing read is returned unrecorded.
     */
    private void writeRead(Pending entry) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            pendingIn(true).entries().add(entry);
            return;
        }
        writeOwn(List.of(entry));
    }

    /** The entries of the current transaction not written yet: reads (own transaction) or changes (in it). */
    private PendingEntries pendingIn(boolean reads) {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(sync -> sync instanceof PendingEntries p && p.owner() == this && p.reads() == reads)
                .map(PendingEntries.class::cast).findFirst().orElseGet(() -> {
                    PendingEntries created = new PendingEntries(this, reads, new ArrayList<>());
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
    }

    private record PendingEntries(AuditService owner, boolean reads, List<Pending> entries)
            implements TransactionSynchronization {

        @Override
        public void beforeCommit(boolean readOnly) {
            if (reads) {
                writeAll();
            } else if (!entries.isEmpty()) {
                List<Pending> batch = List.copyOf(entries);
                entries.clear();
                owner.write(batch);
            }
        }

        @Override
        public void beforeCompletion() {
            // called after beforeCommit, and before a rollback: reads of a transaction that rolls back are written
            // still (what was shown stays shown), while it is open (its connection answers the look-up); changes
            // are not
            if (reads && !entries.isEmpty()) {
                List<Pending> batch = List.copyOf(entries);
                entries.clear();
                try {
                    owner.own.write(owner.resolve(batch, false));
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(AuditService.class)
                            .error("Could not write {} read entries of a rolled-back transaction", batch.size(), e);
                }
            }
        }

        private void writeAll() {
            if (!entries.isEmpty()) {
                List<Pending> batch = List.copyOf(entries);
                entries.clear();
                owner.writeOwn(batch);
            }
        }
    }

    /**
     * The names of the fields whose values differ ({@code fields=a,b}), never the values: see
     * {@link AuditDetails#changedFields}. Kept under this name for the callers that describe a change.
     */
    public static String describeChanges(Map<String, ?> before, Map<String, ?> after) {
        return AuditDetails.changedFields(before, after);
    }

    /**
     * A page of the log, newest first, within the administrator's organisation (an administrator without one is
     * the installation's system administrator and sees all). Each query (its first page) is itself logged.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, Pageable page) {
        if (page.getPageNumber() == 0) {
            // One entry per query (its first page). The trainee asked about goes in the details, not in the trainee
            // column: an administrator's own queries must not fill the log of the trainee they look at.
            recordRead(AUDIT_LOG, null, null, AuditDetails.of("filter", usedFilters(filter), "trainee",
                    filter.traineeId()));
        }
        return repository.findAll(spec(filter, currentUser.organisationId()),
                PageRequest.of(page.getPageNumber(), page.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return repository.count(spec(filter, currentUser.organisationId()));
    }

    private static List<String> usedFilters(AuditFilter f) {
        List<String> used = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            used.add("actor");
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            used.add("entityType");
        }
        if (f.entityId() != null) {
            used.add("entityId");
        }
        if (f.traineeId() != null) {
            used.add("trainee");
        }
        if (f.action() != null) {
            used.add("action");
        }
        if (f.from() != null || f.to() != null) {
            used.add("time");
        }
        return used.isEmpty() ? List.of("none") : used;
    }

    private static Specification<AuditEntry> spec(AuditFilter f, Optional<Long> organisation) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            organisation.ifPresent(org -> p.add(cb.or(cb.equal(root.get("organisationId"), org),
                    cb.equal(root.get("actorOrganisationId"), org),
                    cb.exists(shown(root, query, cb, "organisationId", org)))));
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
                p.add(cb.or(cb.equal(root.get("traineeId"), f.traineeId()),
                        cb.exists(shown(root, query, cb, "traineeId", f.traineeId()))));
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

    private static Subquery<Integer> shown(Root<AuditEntry> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                           String attribute, Long value) {
        Subquery<Integer> sq = query.subquery(Integer.class);
        Root<AuditEntry> correlated = sq.correlate(root);
        Join<AuditEntry, AuditSubject> shown = correlated.join("shown");
        return sq.select(cb.literal(1)).where(cb.equal(shown.get(attribute), value));
    }

    /**
     * Who read or changed a trainee's data and when, lists that showed them included, oldest first: the access log
     * of a subject-access export (the client's right to know who has seen their data). Callers check the right.
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> accessLogOf(long traineeId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEntry e : repository.findAll(spec(new AuditFilter(null, null, null, traineeId, null, null, null),
                Optional.empty()), Sort.by(Sort.Direction.ASC, "occurredAt", "id"))) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("occurredAt", e.getOccurredAt());
            row.put("actor", e.getActor());
            row.put("action", e.getAction().name());
            row.put("entityType", e.getEntityType());
            row.put("entityId", e.getEntityId());
            row.put("details", e.getDetails());
            rows.add(row);
        }
        return rows;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return repository.findEntityTypes();
    }
}

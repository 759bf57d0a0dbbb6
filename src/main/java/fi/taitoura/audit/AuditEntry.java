package fi.taitoura.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log. Never updated or deleted: the table rejects both (migration V1_7), the application's
 * database account may only insert and select, and each entry is sealed into a keyed hash chain
 * ({@link AuditChain}). {@code details} holds codes only ({@link AuditDetails}), never personal data.
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "trainee_id")
    private Long traineeId;

    /** The organisation whose record this is: the trainee's, else the actor's. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "actor_organisation_id")
    private Long actorOrganisationId;

    private String details;

    /** The trainees a list view showed (empty for other entries). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_log_trainee", joinColumns = @JoinColumn(name = "audit_id"))
    private Set<AuditSubject> shown = new LinkedHashSet<>();

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorUserId, String actor, AuditAction action, String entityType,
               Long entityId, Long traineeId, Long organisationId, Long actorOrganisationId, String details,
               Set<AuditSubject> shown) {
        this.occurredAt = occurredAt;
        this.actorUserId = actorUserId;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.traineeId = traineeId;
        this.organisationId = organisationId;
        this.actorOrganisationId = actorOrganisationId;
        this.details = details;
        this.shown = shown == null ? new LinkedHashSet<>() : new LinkedHashSet<>(shown);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorUserId() {
        return actorUserId;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public Long getTraineeId() {
        return traineeId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getActorOrganisationId() {
        return actorOrganisationId;
    }

    public String getDetails() {
        return details;
    }

    public Set<AuditSubject> getShown() {
        return shown;
    }
}

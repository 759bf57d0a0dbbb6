package fi.taitoura.workplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a recognition's history: who did what and when. Never changed. */
@Entity
@Table(name = "recognition_event")
public class RecognitionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recognition_id", nullable = false, updatable = false)
    private Long recognitionId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RecognitionAction action;

    @Column(updatable = false)
    private String details;

    protected RecognitionEvent() {
    }

    RecognitionEvent(Long recognitionId, Instant occurredAt, Long actorId, String actorName, RecognitionAction action,
                     String details) {
        this.recognitionId = recognitionId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Long getRecognitionId() {
        return recognitionId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public RecognitionAction getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }
}

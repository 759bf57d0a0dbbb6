package fi.taitoura.outcome;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One contact of the after-support: when, how, whether the person was reached, a note. */
@Entity
@Table(name = "follow_up_contact")
public class FollowUpContact extends AbstractEntity {

    @Column(name = "outcome_id", nullable = false, updatable = false)
    private Long outcomeId;

    @Column(name = "contact_on", nullable = false)
    private LocalDate contactOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpContactKind kind;

    @Column(nullable = false)
    private boolean reached;

    private String note;

    @Column(name = "recorded_by")
    private Long recordedBy;

    protected FollowUpContact() {
    }

    FollowUpContact(Long outcomeId, LocalDate contactOn, FollowUpContactKind kind, boolean reached, String note,
                    Long recordedBy) {
        this.outcomeId = outcomeId;
        this.contactOn = contactOn;
        this.kind = kind;
        this.reached = reached;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public LocalDate getContactOn() {
        return contactOn;
    }

    public FollowUpContactKind getKind() {
        return kind;
    }

    public boolean isReached() {
        return reached;
    }

    public String getNote() {
        return note;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }
}

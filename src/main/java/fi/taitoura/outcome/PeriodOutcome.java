package fi.taitoura.outcome;

import fi.taitoura.employment.Outcome;
import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The outcome of one training period (referred to by id) and its after-support. */
@Entity
@Table(name = "period_outcome")
public class PeriodOutcome extends AbstractEntity {

    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private Long traineeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "interruption_reason")
    private InterruptionReason interruptionReason;

    private String note;

    @Column(name = "follow_up_consent", nullable = false)
    private boolean followUpConsent;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_state", nullable = false)
    private FollowUpState followUpState = FollowUpState.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_3m")
    private Outcome status3m;

    @Column(name = "status_3m_on")
    private LocalDate status3mOn;

    @Column(name = "status_3m_note")
    private String status3mNote;

    @Column(name = "recorded_by")
    private Long recordedBy;

    protected PeriodOutcome() {
    }

    PeriodOutcome(Long periodId, Long traineeId) {
        this.periodId = periodId;
        this.traineeId = traineeId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Long getTraineeId() {
        return traineeId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public InterruptionReason getInterruptionReason() {
        return interruptionReason;
    }

    void setInterruptionReason(InterruptionReason interruptionReason) {
        this.interruptionReason = interruptionReason;
    }

    public String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }

    public boolean isFollowUpConsent() {
        return followUpConsent;
    }

    void setFollowUpConsent(boolean followUpConsent) {
        this.followUpConsent = followUpConsent;
    }

    public FollowUpState getFollowUpState() {
        return followUpState;
    }

    void setFollowUpState(FollowUpState followUpState) {
        this.followUpState = followUpState;
    }

    public Outcome getStatus3m() {
        return status3m;
    }

    void setStatus3m(Outcome status3m) {
        this.status3m = status3m;
    }

    public LocalDate getStatus3mOn() {
        return status3mOn;
    }

    void setStatus3mOn(LocalDate status3mOn) {
        this.status3mOn = status3mOn;
    }

    public String getStatus3mNote() {
        return status3mNote;
    }

    void setStatus3mNote(String status3mNote) {
        this.status3mNote = status3mNote;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    void setRecordedBy(Long recordedBy) {
        this.recordedBy = recordedBy;
    }
}

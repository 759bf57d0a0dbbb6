package fi.taitoura.workplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A task trains a skill requirement. {@link #getFlaggedAt()} is set when the work unit's approved recognition no
 * longer covers the requirement: the coach decides, nothing is dropped silently.
 */
@Entity
@Table(name = "training_task_requirement")
public class TaskRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    private TrainingTask task;

    /** The catalogue's skill requirement, by id. */
    @Column(name = "requirement_id", nullable = false, updatable = false)
    private Long requirementId;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    protected TaskRequirement() {
    }

    TaskRequirement(TrainingTask task, Long requirementId) {
        this.task = task;
        this.requirementId = requirementId;
    }

    public boolean isFlagged() {
        return flaggedAt != null;
    }

    public Long getId() {
        return id;
    }

    public TrainingTask getTask() {
        return task;
    }

    public Long getRequirementId() {
        return requirementId;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    void setFlaggedAt(Instant flaggedAt) {
        this.flaggedAt = flaggedAt;
    }
}

package fi.taitoura.trainee;

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
import java.time.LocalDate;

/** A dated follow-up note on a personal goal. */
@Entity
@Table(name = "goal_follow_up")
public class GoalFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", nullable = false)
    private PersonalGoal goal;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(nullable = false)
    private String note;

    /** The user who wrote it, by id (the user feature owns users; {@code TraineeService#followUpAuthorNames}). */
    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected GoalFollowUp() {
    }

    public GoalFollowUp(PersonalGoal goal, LocalDate entryDate, String note, Long authorId) {
        this.goal = goal;
        this.entryDate = entryDate;
        this.note = note;
        this.authorId = authorId;
    }

    public Long getId() {
        return id;
    }

    public PersonalGoal getGoal() {
        return goal;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public String getNote() {
        return note;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package fi.taitoura.documentation;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A learning-diary entry in the trainee's own words (entered by the coach together with the trainee for now). */
@Entity
@Table(name = "diary_entry")
public class DiaryEntry extends AbstractEntity {

    @Column(name = "period_id", nullable = false)
    private Long periodId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(nullable = false)
    private String text;

    @Column(name = "written_by")
    private Long writtenBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "diary_entry_task", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "task_id")
    private Set<Long> taskIds = new LinkedHashSet<>();

    /** The coach's comment on an entry the trainee wrote (issue #16); once there, the trainee no longer edits. */
    @Column(name = "coach_comment")
    private String coachComment;

    @Column(name = "commented_by")
    private Long commentedBy;

    @Column(name = "commented_at")
    private java.time.Instant commentedAt;

    public String getCoachComment() {
        return coachComment;
    }

    void setCoachComment(String coachComment) {
        this.coachComment = coachComment;
    }

    public Long getCommentedBy() {
        return commentedBy;
    }

    void setCommentedBy(Long commentedBy) {
        this.commentedBy = commentedBy;
    }

    public java.time.Instant getCommentedAt() {
        return commentedAt;
    }

    void setCommentedAt(java.time.Instant commentedAt) {
        this.commentedAt = commentedAt;
    }

    public Long getPeriodId() {
        return periodId;
    }

    void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getWrittenBy() {
        return writtenBy;
    }

    void setWrittenBy(Long writtenBy) {
        this.writtenBy = writtenBy;
    }

    public Set<Long> getTaskIds() {
        return taskIds;
    }

    public void setTaskIds(Set<Long> taskIds) {
        this.taskIds = taskIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(taskIds);
    }
}

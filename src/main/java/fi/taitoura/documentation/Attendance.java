package fi.taitoura.documentation;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One trainee's documented day: attendance, the tasks done, and the skills shown (observations). */
@Entity
@Table(name = "attendance")
public class Attendance extends AbstractEntity {

    /** The training period (trainee feature) by id: other features' rows by id, ADR 0016. */
    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    @Column(nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status = AttendanceStatus.PRESENT;

    private String reason;

    private String note;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_done", joinColumns = @JoinColumn(name = "attendance_id"))
    @Column(name = "task_id")
    private Set<Long> taskIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "attendance", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<SkillObservation> observations = new ArrayList<>();

    protected Attendance() {
    }

    Attendance(Long periodId, LocalDate day) {
        this.periodId = periodId;
        this.day = day;
    }

    /** The training period's id. */
    public Long getPeriodId() {
        return periodId;
    }

    public LocalDate getDay() {
        return day;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    void setRecordedBy(Long recordedBy) {
        this.recordedBy = recordedBy;
    }

    public Set<Long> getTaskIds() {
        return taskIds;
    }

    public List<SkillObservation> getObservations() {
        return observations;
    }
}

package fi.taitoura.documentation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A skill requirement shown on a day (osaamismerkintä), with how independently and in which task. */
@Entity
@Table(name = "skill_observation")
public class SkillObservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendance_id", nullable = false)
    private Attendance attendance;

    @Column(name = "period_id", nullable = false)
    private Long periodId;

    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "requirement_id", nullable = false)
    private Long requirementId;

    @Column(name = "task_id")
    private Long taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndependenceLevel level;

    private String note;

    protected SkillObservation() {
    }

    SkillObservation(Attendance attendance, Long requirementId, Long taskId, IndependenceLevel level, String note) {
        this.attendance = attendance;
        this.periodId = attendance.getPeriodId();
        this.day = attendance.getDay();
        this.requirementId = requirementId;
        this.taskId = taskId;
        this.level = level;
        this.note = note;
    }

    void update(Long taskId, IndependenceLevel level, String note) {
        this.taskId = taskId;
        this.level = level;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public LocalDate getDay() {
        return day;
    }

    public Long getRequirementId() {
        return requirementId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public IndependenceLevel getLevel() {
        return level;
    }

    public String getNote() {
        return note;
    }
}

package fi.taitoura.demonstration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The grade of one assessment target in an assessment (versioned with its assessment). */
@Entity
@Table(name = "demonstration_target_grade")
public class DemonstrationTargetGrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private DemonstrationAssessment assessment;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    private Integer grade;

    private String note;

    protected DemonstrationTargetGrade() {
    }

    DemonstrationTargetGrade(DemonstrationAssessment assessment, Long targetId) {
        this.assessment = assessment;
        this.targetId = targetId;
    }

    public Long getId() {
        return id;
    }

    public Long getTargetId() {
        return targetId;
    }

    public Integer getGrade() {
        return grade;
    }

    void setGrade(Integer grade) {
        this.grade = grade;
    }

    public String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}

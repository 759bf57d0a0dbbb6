package fi.taitoura.employment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** School variant: a qualification unit the student is studying, with workplace learning planned on strengths. */
@Entity
@Table(name = "employment_study_unit")
class StudyUnit extends CaseRecord {

    @Column(name = "unit_code")
    String unitCode;

    @Column(name = "unit_name", nullable = false)
    String unitName;

    @Column(name = "started_on", nullable = false)
    LocalDate startedOn;

    @Column(name = "completed_on")
    LocalDate completedOn;

    String strengths;

    @Column(name = "workplace_learning")
    String workplaceLearning;

    @Column(name = "support_needs")
    String supportNeeds;
}

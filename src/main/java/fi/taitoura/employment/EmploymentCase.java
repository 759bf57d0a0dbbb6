package fi.taitoura.employment;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A client's supported-employment case. The client is a trainee record (by id), the team and the coach are
 * referred to by id, and so is the training period the client came from, if any.
 */
@Entity
@Table(name = "employment_case")
class EmploymentCase extends AbstractEntity {

    @Column(name = "trainee_id", nullable = false, updatable = false)
    Long traineeId;

    @Column(name = "team_id", nullable = false)
    Long teamId;

    @Column(name = "coach_id")
    Long coachId;

    @Column(name = "period_id")
    Long periodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CaseSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CaseVariant variant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Phase phase;

    @Column(name = "referred_on", nullable = false)
    LocalDate referredOn;

    @Column(name = "agreed_on")
    LocalDate agreedOn;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    ClosureReason closureReason;

    @Column(name = "school_name")
    String schoolName;

    @Column(name = "qualification_name")
    String qualificationName;

    @Column(name = "teacher_name")
    String teacherName;

    @Column(name = "teacher_contact")
    String teacherContact;

    @Column(name = "created_by")
    Long createdBy;

    boolean isOpen() {
        return closedOn == null;
    }
}

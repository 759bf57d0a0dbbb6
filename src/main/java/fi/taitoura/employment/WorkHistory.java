package fi.taitoura.employment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of the vocational profile's work history. */
@Entity
@Table(name = "employment_work_history")
class WorkHistory extends CaseRecord {

    @Column(name = "employer_name", nullable = false)
    String employerName;

    String title;

    @Column(name = "period_text")
    String periodText;

    String tasks;
    String liked;
    String disliked;

    @Column(name = "leaving_reason")
    String leavingReason;
}

package fi.taitoura.employment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A transition to education (koulutukseen ohjautuminen). */
@Entity
@Table(name = "employment_education")
class Education extends CaseRecord {

    String institution;

    @Column(nullable = false)
    String programme;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EducationOutcome outcome;

    String note;
}

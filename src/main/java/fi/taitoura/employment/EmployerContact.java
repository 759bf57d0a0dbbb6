package fi.taitoura.employment;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** Form B: a job coach's contact with an employer and the clients (cases) discussed. */
@Entity
@Table(name = "employer_contact")
class EmployerContact extends AbstractEntity {

    @Column(name = "employer_id", nullable = false)
    Long employerId;

    @Column(name = "coach_id", nullable = false)
    Long coachId;

    @Column(name = "contact_date", nullable = false)
    LocalDate contactDate;

    @Column(name = "person_id")
    Long personId;

    @Column(name = "person_name")
    String personName;

    @Column(name = "in_person", nullable = false)
    boolean inPerson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ContactKind kind;

    String purpose;
    String outcome;

    @Column(name = "next_step")
    String nextStep;

    @Column(name = "next_step_on")
    LocalDate nextStepOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "employer_contact_case", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "case_id")
    @BatchSize(size = 100)
    Set<Long> caseIds = new HashSet<>();
}

package fi.taitoura.employment;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One change of a case's phase, kept as history. */
@Entity
@Table(name = "employment_phase_change")
class PhaseChange extends AbstractEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Phase phase;

    @Column(name = "changed_on", nullable = false)
    LocalDate changedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PhaseReason reason;

    @Column(name = "changed_by")
    Long changedBy;
}

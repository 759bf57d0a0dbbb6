package fi.taitoura.employment;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one supported-employment case (work history, job, event, education, study unit). */
@MappedSuperclass
abstract class CaseRecord extends AbstractEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    Long caseId;
}

package fi.taitoura.employment;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A contact person of an employer. */
@Entity
@Table(name = "employer_person")
class EmployerPerson extends AbstractEntity {

    @Column(name = "employer_id", nullable = false)
    Long employerId;

    @Column(nullable = false)
    String name;

    String title;
    String phone;
    String email;
    boolean active = true;
}

package fi.taitoura.employment;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An employer in a team's shared register. Not client data: reading it is not audited, changes are. */
@Entity
@Table(name = "employer")
class Employer extends AbstractEntity {

    @Column(name = "team_id", nullable = false)
    Long teamId;

    @Column(nullable = false)
    String name;

    @Column(name = "business_id")
    String businessId;

    String sector;
    String address;
    String phone;
    String email;
    String notes;
    boolean active = true;
}

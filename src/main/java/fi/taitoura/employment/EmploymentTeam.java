package fi.taitoura.employment;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A team of job coaches (työhönvalmentajien tiimi) in an organisation; members are users by id. */
@Entity
@Table(name = "employment_team")
class EmploymentTeam extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    Long organisationId;

    @Column(nullable = false)
    String name;

    boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "employment_team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "user_id")
    @BatchSize(size = 50)
    Set<Long> memberIds = new HashSet<>();
}

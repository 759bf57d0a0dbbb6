package fi.taitoura.workplace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkUnitRepository extends JpaRepository<WorkUnit, Long> {

    List<WorkUnit> findByOrganisationOrderByNameAsc(Organisation organisation);

    List<WorkUnit> findAllByOrderByOrganisationNameAscNameAsc();

    List<WorkUnit> findByActiveTrueOrderByNameAsc();

    /** The ids of the organisation's work units. */
    @org.springframework.data.jpa.repository.Query("select w.id from WorkUnit w where w.organisation.id = :organisationId")
    java.util.Set<Long> findIdsByOrganisationId(Long organisationId);
}

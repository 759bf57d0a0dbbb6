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

    /** Of the given work units, the ids of those in the organisation (by primary key: no more rows than asked). */
    @org.springframework.data.jpa.repository.Query(
            "select w.id from WorkUnit w where w.id in :unitIds and w.organisation.id = :organisationId")
    java.util.Set<Long> findIdsInOrganisation(java.util.Collection<Long> unitIds, Long organisationId);
}

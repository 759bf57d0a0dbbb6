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

    /**
     * The one unit's id if it is in the organisation: as {@link #findIdsInOrganisation} for a single unit, with a
     * single-valued parameter, so Hibernate keeps its plan (a list parameter is translated anew each call, ADR 0038).
     */
    @org.springframework.data.jpa.repository.Query(
            "select w.id from WorkUnit w where w.id = :unitId and w.organisation.id = :organisationId")
    java.util.Optional<Long> findIdInOrganisation(Long unitId, Long organisationId);

    /** Every work unit as the columns of a reference, by organisation and name (no entities: ADR 0041). */
    @org.springframework.data.jpa.repository.Query("""
            select w.id, w.name, o.id, o.name, w.active, w.traineesPerCoach, w.streetAddress, w.postalCode,
                   w.postOffice
            from WorkUnit w join w.organisation o order by o.name, w.name""")
    List<Object[]> findAllRefRows();

    /** The organisation's work units as the columns of a reference, by name. */
    @org.springframework.data.jpa.repository.Query("""
            select w.id, w.name, o.id, o.name, w.active, w.traineesPerCoach, w.streetAddress, w.postalCode,
                   w.postOffice
            from WorkUnit w join w.organisation o where o.id = :organisationId order by w.name""")
    List<Object[]> findRefRowsOfOrganisation(Long organisationId);
}

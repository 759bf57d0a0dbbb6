package fi.taitoura.workplace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkUnitRepository extends JpaRepository<WorkUnit, Long> {

    List<WorkUnit> findByOrganisationOrderByNameAsc(Organisation organisation);

    List<WorkUnit> findAllByOrderByOrganisationNameAscNameAsc();

    List<WorkUnit> findByActiveTrueOrderByNameAsc();
}

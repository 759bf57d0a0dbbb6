package fi.taitoura.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RequirementAreaRepository extends JpaRepository<RequirementArea, Long> {

    @Query("select a from RequirementArea a where a.unit.qualification = :q")
    List<RequirementArea> findByQualification(@Param("q") Qualification qualification);

    @Query("select a from RequirementArea a where a.unit.id = :unitId order by a.sortOrder")
    List<RequirementArea> findByUnitId(@Param("unitId") Long unitId);
}

package fi.taitoura.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentTargetRepository extends JpaRepository<AssessmentTarget, Long> {

    @Query("select t from AssessmentTarget t where t.unit.qualification = :q")
    List<AssessmentTarget> findByQualification(@Param("q") Qualification qualification);

    @Query("select t from AssessmentTarget t where t.unit.id = :unitId order by t.sortOrder")
    List<AssessmentTarget> findByUnitId(@Param("unitId") Long unitId);
}

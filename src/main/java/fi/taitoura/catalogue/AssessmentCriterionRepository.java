package fi.taitoura.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentCriterionRepository extends JpaRepository<AssessmentCriterion, Long> {

    @Query("select c from AssessmentCriterion c where c.target.unit.qualification = :q")
    List<AssessmentCriterion> findByQualification(@Param("q") Qualification qualification);

    @Query("select c from AssessmentCriterion c where c.target.unit.id = :unitId order by c.sortOrder")
    List<AssessmentCriterion> findByUnitId(@Param("unitId") Long unitId);

    @Query("select count(c) from AssessmentCriterion c where c.target.unit.qualification.id = :qid and c.current = true")
    long countCurrentByQualificationId(@Param("qid") Long qualificationId);
}

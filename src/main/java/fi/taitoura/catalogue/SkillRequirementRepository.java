package fi.taitoura.catalogue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SkillRequirementRepository extends JpaRepository<SkillRequirement, Long> {

    @Query("select r from SkillRequirement r where r.unit.qualification = :q")
    List<SkillRequirement> findByQualification(@Param("q") Qualification qualification);

    @Query("select r from SkillRequirement r where r.unit.id = :unitId order by r.sortOrder")
    List<SkillRequirement> findByUnitId(@Param("unitId") Long unitId);

    @Query("select r from SkillRequirement r join fetch r.unit u join fetch u.qualification where r.id in :ids")
    List<SkillRequirement> findWithUnit(@Param("ids") Collection<Long> ids);

    @Query("""
            select r from SkillRequirement r join fetch r.unit u join fetch u.qualification
            where r.current = true and (lower(r.text.fi) like :pattern or lower(r.text.sv) like :pattern
               or lower(r.text.en) like :pattern or r.code = :code)
            order by u.qualification.id, u.sortOrder, r.sortOrder
            """)
    List<SkillRequirement> search(@Param("pattern") String pattern, @Param("code") String code, Pageable page);

    @Query("select count(r) from SkillRequirement r where r.unit.qualification.id = :qid and r.current = true")
    long countCurrentByQualificationId(@Param("qid") Long qualificationId);
}

package fi.taitoura.catalogue;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QualificationUnitRepository extends JpaRepository<QualificationUnit, Long> {

    @Query("select u from QualificationUnit u left join fetch u.parent where u.qualification = :q")
    List<QualificationUnit> findByQualification(@Param("q") Qualification qualification);

    @Query("select u from QualificationUnit u join fetch u.qualification where u.code = :code")
    List<QualificationUnit> findByCode(@Param("code") String code);

    @Query("select u from QualificationUnit u join fetch u.qualification left join fetch u.parent "
            + "where u.qualification.id = :qid order by u.sortOrder")
    List<QualificationUnit> findByQualificationId(@Param("qid") Long qualificationId);

    /** The version of the unit's qualification: it changes whenever an import changes the qualification (ADR 0041). */
    @Query("select q.version from QualificationUnit u join u.qualification q where u.id = :id")
    java.util.Optional<Long> findQualificationVersion(@Param("id") Long id);

    @Query("select u from QualificationUnit u join fetch u.qualification left join fetch u.parent where u.id = :id")
    java.util.Optional<QualificationUnit> findWithQualification(@Param("id") Long id);

    @Query("""
            select u from QualificationUnit u join fetch u.qualification
            where lower(u.name.fi) like :pattern or lower(u.name.sv) like :pattern or lower(u.name.en) like :pattern
               or lower(u.code) like :pattern
            order by u.qualification.id, u.sortOrder
            """)
    List<QualificationUnit> search(@Param("pattern") String pattern, Pageable page);
}

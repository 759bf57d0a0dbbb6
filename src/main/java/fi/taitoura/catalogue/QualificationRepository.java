package fi.taitoura.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QualificationRepository extends JpaRepository<Qualification, Long> {

    Optional<Qualification> findByDiaryNumber(String diaryNumber);

    boolean existsByImportFormatLessThan(int importFormat);

    @Query("select q from Qualification q order by q.name.fi, q.diaryNumber")
    List<Qualification> findAllOrdered();

    @Query("""
            select q from Qualification q
            where lower(q.name.fi) like :pattern or lower(q.name.sv) like :pattern or lower(q.name.en) like :pattern
               or lower(q.diaryNumber) like :pattern or q.educationCodes like :pattern
            """)
    List<Qualification> search(@Param("pattern") String pattern);

    @Query("select u.qualification.id, count(u) from QualificationUnit u where u.parent is null and u.current = true "
            + "group by u.qualification.id")
    List<Object[]> countCurrentUnits();
}

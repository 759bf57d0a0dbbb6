package fi.taitoura.employment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmployerContactRepository extends JpaRepository<EmployerContact, Long> {

    List<EmployerContact> findByEmployerIdOrderByContactDateDescIdDesc(Long employerId);

    @Query("select distinct c from EmployerContact c join c.caseIds k where k = :caseId "
            + "order by c.contactDate desc, c.id desc")
    List<EmployerContact> findByCase(Long caseId);

    @Query("select distinct c from EmployerContact c join c.caseIds k where k in :caseIds")
    List<EmployerContact> findByCases(Collection<Long> caseIds);

    @Query("""
            select c from EmployerContact c where c.employerId in
              (select e.id from Employer e where e.teamId in :teamIds)
            and c.contactDate >= :from order by c.contactDate desc, c.id desc""")
    List<EmployerContact> findByTeamsSince(Collection<Long> teamIds, LocalDate from);

    boolean existsByEmployerId(Long employerId);

    /** Per case, the date of the first employer contact about the client: {caseId, date}. */
    @Query("select k, min(c.contactDate) from EmployerContact c join c.caseIds k where k in :caseIds group by k")
    List<Object[]> firstContactDates(Collection<Long> caseIds);
}

package fi.taitoura.employment;

import fi.taitoura.employment.EmploymentRecords.CaseFact;
import fi.taitoura.employment.EmploymentRecords.ContactFact;
import fi.taitoura.employment.EmploymentRecords.JobFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Aggregates over this feature's own tables only. */
interface FactQueries extends Repository<EmploymentCase, Long> {

    @Query("""
            select new fi.taitoura.employment.EmploymentRecords$CaseFact(c.id, c.teamId, c.coachId, c.phase,
                c.variant, c.referredOn, c.agreedOn, c.closedOn, c.outcome,
                (select min(k.contactDate) from EmployerContact k join k.caseIds kc where kc = c.id),
                (select min(j.startDate) from EmploymentJob j where j.caseId = c.id and j.hoursPerWeek >= :minHours))
            from EmploymentCase c where c.teamId = :teamId order by c.referredOn, c.id""")
    List<CaseFact> caseFacts(Long teamId, BigDecimal minHours);

    @Query("""
            select new fi.taitoura.employment.EmploymentRecords$JobFact(j.id, c.id, c.teamId, c.coachId, j.employerId,
                j.startDate, j.endDate, j.hoursPerWeek, j.paySubsidy, j.contractType)
            from EmploymentJob j join EmploymentCase c on c.id = j.caseId
            where c.teamId = :teamId and j.startDate between :from and :to order by j.startDate, j.id""")
    List<JobFact> jobFacts(Long teamId, LocalDate from, LocalDate to);

    @Query("""
            select new fi.taitoura.employment.EmploymentRecords$ContactFact(k.id, e.teamId, k.coachId, k.employerId,
                k.contactDate, k.inPerson, k.kind, size(k.caseIds))
            from EmployerContact k join Employer e on e.id = k.employerId
            where e.teamId = :teamId and k.contactDate between :from and :to order by k.contactDate, k.id""")
    List<ContactFact> contactFacts(Long teamId, LocalDate from, LocalDate to);
}

package fi.taitoura.employment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmploymentJobRepository extends JpaRepository<EmploymentJob, Long> {

    List<EmploymentJob> findByCaseIdOrderByStartDateAscIdAsc(Long caseId);

    List<EmploymentJob> findByCaseIdIn(Collection<Long> caseIds);

    List<EmploymentJob> findByEmployerIdOrderByStartDateDesc(Long employerId);
}

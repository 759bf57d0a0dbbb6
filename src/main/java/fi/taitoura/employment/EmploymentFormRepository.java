package fi.taitoura.employment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmploymentFormRepository extends JpaRepository<EmploymentForm, Long> {

    List<EmploymentForm> findByCaseIdOrderByKindAscRevisionDesc(Long caseId);

    List<EmploymentForm> findByCaseIdIn(Collection<Long> caseIds);

    Optional<EmploymentForm> findFirstByCaseIdAndKindOrderByRevisionDesc(Long caseId, FormKind kind);
}

package fi.taitoura.employment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkHistoryRepository extends JpaRepository<WorkHistory, Long> {

    List<WorkHistory> findByCaseIdOrderByIdAsc(Long caseId);
}

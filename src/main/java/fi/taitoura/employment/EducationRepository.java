package fi.taitoura.employment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EducationRepository extends JpaRepository<Education, Long> {

    List<Education> findByCaseIdOrderByStartDateAscIdAsc(Long caseId);
}

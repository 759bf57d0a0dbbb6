package fi.taitoura.demonstration;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DemonstrationAssessmentRepository extends JpaRepository<DemonstrationAssessment, Long> {

    List<DemonstrationAssessment> findByDemonstrationIdOrderByRevisionAsc(Long demonstrationId);

    /** Every revision of the demonstrations' assessments (a list's current results and open drafts, one query). */
    List<DemonstrationAssessment> findByDemonstrationIdIn(Collection<Long> demonstrationIds);
}

package fi.taitoura.inclusion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    List<SurveyResponse> findByPeriodIdOrderByPhase(Long periodId);
}

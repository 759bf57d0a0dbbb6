package fi.taitoura.inclusion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    List<SurveyResponse> findByPeriodIdOrderByPhase(Long periodId);

    /** Linking duplicate trainee records: the merged record's responses go to the kept one. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SurveyResponse r set r.traineeId = :keptId where r.traineeId = :mergedId")
    int moveTrainee(Long mergedId, Long keptId);
}

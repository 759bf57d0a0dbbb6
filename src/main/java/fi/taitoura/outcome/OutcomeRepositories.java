package fi.taitoura.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PeriodOutcomeRepository extends JpaRepository<PeriodOutcome, Long> {

    Optional<PeriodOutcome> findByPeriodId(Long periodId);

    List<PeriodOutcome> findByPeriodIdInAndFollowUpState(Collection<Long> periodIds, FollowUpState state);

    /** Linking duplicate trainee records: the merged record's outcomes go to the kept one. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PeriodOutcome o set o.traineeId = :keptId where o.traineeId = :mergedId")
    int moveTrainee(Long mergedId, Long keptId);
}

interface FollowUpContactRepository extends JpaRepository<FollowUpContact, Long> {

    List<FollowUpContact> findByOutcomeIdOrderByContactOnDescIdDesc(Long outcomeId);

    List<FollowUpContact> findByOutcomeIdIn(Collection<Long> outcomeIds);
}

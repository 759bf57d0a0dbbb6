package fi.taitoura.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodOutcomeRepository extends JpaRepository<PeriodOutcome, Long> {

    Optional<PeriodOutcome> findByPeriodId(Long periodId);

    List<PeriodOutcome> findByPeriodIdInAndFollowUpState(Collection<Long> periodIds, FollowUpState state);
}

interface FollowUpContactRepository extends JpaRepository<FollowUpContact, Long> {

    List<FollowUpContact> findByOutcomeIdOrderByContactOnDescIdDesc(Long outcomeId);

    List<FollowUpContact> findByOutcomeIdIn(Collection<Long> outcomeIds);
}

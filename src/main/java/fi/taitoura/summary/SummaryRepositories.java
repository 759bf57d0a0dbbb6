package fi.taitoura.summary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeriodSummaryRepository extends JpaRepository<PeriodSummary, Long> {

    List<PeriodSummary> findByPeriodIdOrderByRevisionDesc(Long periodId);

    @Query("select coalesce(max(s.revision), 0) from PeriodSummary s where s.periodId = :periodId")
    int maxRevision(Long periodId);

    Optional<PeriodSummary> findFirstByPeriodIdAndStateOrderByRevisionDesc(Long periodId, SummaryState state);
}

interface SummaryCommentRepository extends JpaRepository<SummaryComment, Long> {

    List<SummaryComment> findBySummaryIdOrderByCreatedAtAscIdAsc(Long summaryId);
}

interface SummaryDeliveryRepository extends JpaRepository<SummaryDelivery, Long> {

    Optional<SummaryDelivery> findBySummaryId(Long summaryId);

    List<SummaryDelivery> findBySummaryIdIn(java.util.Collection<Long> summaryIds);
}

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

    /**
     * What the access rule needs of a summary, its period and state, as one row (not the summary as an entity: its
     * texts, frozen data and recommendations, read by every check of a page, several per page: issue 18).
     */
    @Query("select s.periodId, s.state from PeriodSummary s where s.id = :id")
    List<Object[]> findAccessFacts(Long id);
}

interface SummaryCommentRepository extends JpaRepository<SummaryComment, Long> {

    List<SummaryComment> findBySummaryIdOrderByCreatedAtAscIdAsc(Long summaryId);
}

interface SummaryDeliveryRepository extends JpaRepository<SummaryDelivery, Long> {

    Optional<SummaryDelivery> findBySummaryId(Long summaryId);

    List<SummaryDelivery> findBySummaryIdIn(java.util.Collection<Long> summaryIds);
}

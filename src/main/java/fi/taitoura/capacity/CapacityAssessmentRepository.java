package fi.taitoura.capacity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CapacityAssessmentRepository extends JpaRepository<CapacityAssessment, Long> {

    @Query("select a from CapacityAssessment a where a.periodId = :periodId and a.instrument.kind = :kind "
            + "order by a.assessedOn, a.id")
    List<CapacityAssessment> findByPeriodAndKind(Long periodId, InstrumentKind kind);

    @Query("select a from CapacityAssessment a where a.periodId in :periodIds and a.instrument.kind = :kind "
            + "order by a.periodId, a.assessedOn, a.id")
    List<CapacityAssessment> findByPeriodsAndKind(Collection<Long> periodIds, InstrumentKind kind);

    long countByInstrumentId(Long instrumentId);

    @Query("select a.instrument.id, count(a) from CapacityAssessment a group by a.instrument.id")
    List<Object[]> countPerInstrument();

}

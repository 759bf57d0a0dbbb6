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

    /** Inclusion answers of the periods of a work unit or organisation (either may be null), with the trainee id. */
    @Query("select a, p.trainee.id from CapacityAssessment a, fi.taitoura.trainee.TrainingPeriod p "
            + "where p.id = a.periodId and a.instrument.kind = :kind "
            + "and (:unitId is null or p.workUnit.id = :unitId) "
            + "and (:organisationId is null or p.workUnit.organisation.id = :organisationId)")
    List<Object[]> findInGroup(InstrumentKind kind, Long unitId, Long organisationId);
}

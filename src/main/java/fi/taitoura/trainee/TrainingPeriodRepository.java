package fi.taitoura.trainee;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingPeriodRepository extends JpaRepository<TrainingPeriod, Long> {

    /**
     * The periods a user may see ({@link TraineeAccess}): in work units of their organisation, as a coach of the
     * period or of its work unit ({@code unitIds}) until {@code coachSince} after its end, or as its career agent
     * until {@code agentSince}. Each scope applies only when the user has that role.
     */
    @Query("""
            select distinct p from TrainingPeriod p left join p.coachIds c
            where p.workUnitId in :organisationUnitIds
              and ((:coachScope = true and (c = :userId or p.workUnitId in :unitIds)
                    and coalesce(p.endDate, p.plannedEndDate) >= :coachSince)
               or (:agentScope = true and p.careerAgentId = :userId
                    and coalesce(p.endDate, p.plannedEndDate) >= :agentSince))
            order by p.startDate desc, p.id desc""")
    List<TrainingPeriod> findVisible(Long userId, Collection<Long> organisationUnitIds, Collection<Long> unitIds, boolean coachScope,
                                     java.time.LocalDate coachSince, boolean agentScope,
                                     java.time.LocalDate agentSince);

    /** The periods a case worker referred, newest first. */
    List<TrainingPeriod> findByReferrerUserIdOrderByStartDateDescIdDesc(Long userId);

    List<TrainingPeriod> findByTraineeIdOrderByStartDateDesc(Long traineeId);

    /** With their trainees and coaches in the same query (eager associations would take a select each). */
    @Query("""
            select distinct p from TrainingPeriod p join fetch p.trainee t left join fetch t.consents
              left join fetch p.coachIds
            where p.workUnitId = :unitId and p.startDate <= :day and coalesce(p.endDate, p.plannedEndDate) >= :day
            order by t.lastName, t.firstName""")
    List<TrainingPeriod> findRunningInUnit(Long unitId, java.time.LocalDate day);

    /** Distinct trainees in the unit's periods running on the day with the coach named on them, one period aside. */
    @Query("""
            select count(distinct p.trainee.id) from TrainingPeriod p join p.coachIds c
            where p.workUnitId = :unitId and c = :coachId and p.startDate <= :day
              and coalesce(p.endDate, p.plannedEndDate) >= :day and p.id <> :excludedPeriodId""")
    long countCoachTrainees(Long unitId, Long coachId, java.time.LocalDate day, Long excludedPeriodId);

    /**
     * What {@link TraineeAccess} needs of a period, in one row: id, trainee, work unit, the day it
     * ended (end date, else planned end), career agent, how many of its coaches are {@code userId} (0 or 1), and
     * the trainee's own account.
     */
    @Query("""
            select p.id, p.trainee.id, p.workUnitId, coalesce(p.endDate, p.plannedEndDate),
                   p.careerAgentId,
                   (select count(c) from TrainingPeriod p2 join p2.coachIds c where p2.id = p.id and c = :userId),
                   p.trainee.userId
            from TrainingPeriod p where p.id = :periodId""")
    @org.springframework.transaction.annotation.Transactional(readOnly = true,
            propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    List<Object[]> findAccessFacts(Long periodId, Long userId);

    /**
     * The period's trainee, first day, target units and the trainee's organisation, a row per unit
     * ({@link TraineeService#readPeriodBasics}).
     */
    @Query("""
            select t.id, p.startDate, u, t.organisationId
            from TrainingPeriod p join p.trainee t left join p.targetUnitIds u where p.id = :periodId""")
    List<Object[]> findBasics(Long periodId);

    // the facts of several periods at once (a coach's day) are read in SQL: PeriodFactsQueries (ADR 0038)

    /** The periods with their trainees, work units and coaches, by one query (a coach's day). */
    @Query("""
            select distinct p from TrainingPeriod p join fetch p.trainee t left join fetch t.consents
              left join fetch p.coachIds where p.id in :periodIds""")
    List<TrainingPeriod> findWithTraineeAndStaff(Collection<Long> periodIds);

    /** Period and trainee ids of the periods in the work units (a report's group). */
    @Query("select p.id, p.trainee.id from TrainingPeriod p where p.workUnitId in :unitIds")
    List<Object[]> findPeriodTraineesInUnits(Collection<Long> unitIds);
}

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
            select distinct p from TrainingPeriod p left join p.coaches c
            where p.workUnit.organisation.id = :organisationId
              and ((:coachScope = true and (c.id = :userId or p.workUnit.id in :unitIds)
                    and coalesce(p.endDate, p.plannedEndDate) >= :coachSince)
               or (:agentScope = true and p.careerAgent.id = :userId
                    and coalesce(p.endDate, p.plannedEndDate) >= :agentSince))
            order by p.startDate desc, p.id desc""")
    List<TrainingPeriod> findVisible(Long userId, Long organisationId, Collection<Long> unitIds, boolean coachScope,
                                     java.time.LocalDate coachSince, boolean agentScope,
                                     java.time.LocalDate agentSince);

    /** The periods a case worker referred, newest first. */
    List<TrainingPeriod> findByReferrerUserIdOrderByStartDateDescIdDesc(Long userId);

    List<TrainingPeriod> findByTraineeIdOrderByStartDateDesc(Long traineeId);

    @Query("""
            select p from TrainingPeriod p where p.workUnit.id = :unitId and p.startDate <= :day
              and coalesce(p.endDate, p.plannedEndDate) >= :day
            order by p.trainee.lastName, p.trainee.firstName""")
    List<TrainingPeriod> findRunningInUnit(Long unitId, java.time.LocalDate day);

    /** Distinct trainees in the unit's periods running on the day with the coach named on them, one period aside. */
    @Query("""
            select count(distinct p.trainee.id) from TrainingPeriod p join p.coaches c
            where p.workUnit.id = :unitId and c.id = :coachId and p.startDate <= :day
              and coalesce(p.endDate, p.plannedEndDate) >= :day and p.id <> :excludedPeriodId""")
    long countCoachTrainees(Long unitId, Long coachId, java.time.LocalDate day, Long excludedPeriodId);

    /**
     * What {@link TraineeAccess} needs of a period, in one row: id, trainee, work unit, its organisation, the day it
     * ended (end date, else planned end), career agent, how many of its coaches are {@code userId} (0 or 1), and
     * the trainee's own account.
     */
    @Query("""
            select p.id, p.trainee.id, w.id, w.organisation.id, coalesce(p.endDate, p.plannedEndDate),
                   p.careerAgent.id,
                   (select count(c) from TrainingPeriod p2 join p2.coaches c where p2.id = p.id and c.id = :userId),
                   p.trainee.userId
            from TrainingPeriod p join p.workUnit w where p.id = :periodId""")
    @org.springframework.transaction.annotation.Transactional(readOnly = true,
            propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    List<Object[]> findAccessFacts(Long periodId, Long userId);

    /**
     * The period's trainee, first day, target units and the trainee's organisation, a row per unit
     * ({@link TraineeService#readPeriodBasics}).
     */
    @Query("""
            select t.id, p.startDate, u.id, t.organisation.id
            from TrainingPeriod p join p.trainee t left join p.targetUnits u where p.id = :periodId""")
    List<Object[]> findBasics(Long periodId);

    /** {@link #findAccessFacts} of several periods, by one query. */
    @Query("""
            select p.id, p.trainee.id, w.id, w.organisation.id, coalesce(p.endDate, p.plannedEndDate),
                   p.careerAgent.id,
                   (select count(c) from TrainingPeriod p2 join p2.coaches c where p2.id = p.id and c.id = :userId),
                   p.trainee.userId
            from TrainingPeriod p join p.workUnit w where p.id in :periodIds""")
    @org.springframework.transaction.annotation.Transactional(readOnly = true,
            propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    List<Object[]> findAccessFactsOf(Collection<Long> periodIds, Long userId);

    /**
     * What a feature recording about the periods needs of them, a row each ({@link TraineeService#writablePeriods}):
     * id, trainee, the trainee's first and last name, work unit, first day, last day (end date, else planned end),
     * the trainee's organisation.
     */
    @Query("""
            select p.id, t.id, t.firstName, t.lastName, p.workUnit.id, p.startDate,
                   coalesce(p.endDate, p.plannedEndDate), t.organisation.id
            from TrainingPeriod p join p.trainee t where p.id in :periodIds""")
    List<Object[]> findRecordingFacts(Collection<Long> periodIds);

    /** The periods with their trainees, work units and coaches, by one query (a coach's day). */
    @Query("""
            select distinct p from TrainingPeriod p join fetch p.trainee t left join fetch t.consents
              join fetch p.workUnit left join fetch p.coaches where p.id in :periodIds""")
    List<TrainingPeriod> findWithTraineeAndStaff(Collection<Long> periodIds);
}

package fi.taitoura.employment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EmploymentCaseRepository extends JpaRepository<EmploymentCase, Long> {

    List<EmploymentCase> findByTeamIdInOrderByReferredOnDescIdDesc(Collection<Long> teamIds);

    List<EmploymentCase> findByTeamIdOrderByReferredOnDescIdDesc(Long teamId);

    List<EmploymentCase> findByPeriodIdOrderByIdDesc(Long periodId);

    List<EmploymentCase> findByTraineeId(Long traineeId);

    @Query("select count(c) > 0 from EmploymentCase c where c.traineeId = :traineeId and c.teamId in :teamIds")
    boolean existsForTraineeInTeams(Long traineeId, Collection<Long> teamIds);

    @Query("""
            select count(c) > 0 from EmploymentCase c where c.traineeId = :traineeId and c.teamId in :teamIds
              and c.closedOn is null""")
    boolean existsOpenForTraineeInTeams(Long traineeId, Collection<Long> teamIds);

    /** A case continuing from the period, in one of the teams, whose referral carries the consent to exchange. */
    @Query("""
            select count(c) > 0 from EmploymentCase c, EmploymentForm f
            where c.periodId = :periodId and c.teamId in :teamIds and f.caseId = c.id
              and f.kind = fi.taitoura.employment.FormKind.REFERRAL and f.consent = true""")
    boolean existsConsentedForPeriodInTeams(Long periodId, Collection<Long> teamIds);

    @Query("select c.teamId from EmploymentCase c where c.id = :caseId")
    Optional<Long> findTeamId(Long caseId);

    /** Duplicate trainee records linked: the merged record's cases move to the kept one. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EmploymentCase c set c.traineeId = :keptId where c.traineeId = :mergedId")
    int moveTrainee(Long mergedId, Long keptId);
}

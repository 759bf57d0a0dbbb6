package fi.taitoura.demonstration;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DemonstrationRepository extends JpaRepository<Demonstration, Long> {

    List<Demonstration> findByTeacherIdOrderByStartDateAscIdAsc(Long teacherId);

    @Query("select d from Demonstration d where d.periodId in :periodIds order by d.startDate desc, d.id desc")
    List<Demonstration> findByPeriodIds(Collection<Long> periodIds);

    List<Demonstration> findByPeriodIdOrderByStartDateDescIdDesc(Long periodId);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Demonstration d set d.traineeId = :keptId where d.traineeId = :mergedId")
    int moveTrainee(Long mergedId, Long keptId);
}

package fi.taitoura.documentation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    Optional<Attendance> findByPeriodIdAndDay(Long periodId, LocalDate day);

    List<Attendance> findByPeriodIdOrderByDayAsc(Long periodId);

    @Query("select count(a) from Attendance a where a.periodId = :periodId and a.status = :status")
    long countByStatus(Long periodId, AttendanceStatus status);

    @Query("select t, count(a) from Attendance a join a.taskIds t where a.periodId = :periodId group by t")
    List<Object[]> countTasksDone(Long periodId);
}

package fi.taitoura.trainee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalGoalRepository extends JpaRepository<PersonalGoal, Long> {

    List<PersonalGoal> findByPeriodIdOrderBySortOrderAscIdAsc(Long periodId);
}

package fi.taitoura.trainee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TraineeCardRepository extends JpaRepository<TraineeCard, Long> {

    List<TraineeCard> findByTraineeIdOrderByIssuedOnDesc(Long traineeId);
}

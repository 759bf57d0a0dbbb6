package fi.taitoura.trainee;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TraineeRepository extends JpaRepository<Trainee, Long> {

    Optional<Trainee> findByPersonalIdHash(String personalIdHash);
}

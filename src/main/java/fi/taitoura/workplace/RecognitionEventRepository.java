package fi.taitoura.workplace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecognitionEventRepository extends JpaRepository<RecognitionEvent, Long> {

    List<RecognitionEvent> findByRecognitionIdOrderByOccurredAtAscIdAsc(Long recognitionId);
}

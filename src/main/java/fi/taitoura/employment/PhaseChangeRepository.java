package fi.taitoura.employment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseChangeRepository extends JpaRepository<PhaseChange, Long> {

    List<PhaseChange> findByCaseIdOrderByIdAsc(Long caseId);
}

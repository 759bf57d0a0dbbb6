package fi.taitoura.employment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudyUnitRepository extends JpaRepository<StudyUnit, Long> {

    List<StudyUnit> findByCaseIdOrderByStartedOnAscIdAsc(Long caseId);
}

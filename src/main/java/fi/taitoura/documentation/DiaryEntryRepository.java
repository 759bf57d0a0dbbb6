package fi.taitoura.documentation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryEntryRepository extends JpaRepository<DiaryEntry, Long> {

    List<DiaryEntry> findByPeriodIdOrderByEntryDateDescIdDesc(Long periodId);
}

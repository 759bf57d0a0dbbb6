package fi.taitoura.trainee;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnAnswerDraftRepository extends JpaRepository<OwnAnswerDraft, Long> {

    Optional<OwnAnswerDraft> findByPeriodIdAndFormKey(Long periodId, String formKey);

    java.util.List<OwnAnswerDraft> findByPeriodId(Long periodId);
}

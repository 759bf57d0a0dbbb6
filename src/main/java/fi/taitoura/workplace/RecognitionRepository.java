package fi.taitoura.workplace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecognitionRepository extends JpaRepository<EnvironmentRecognition, Long> {

    List<EnvironmentRecognition> findByWorkUnitIdOrderByRevisionDesc(Long workUnitId);

    @Query("select r from EnvironmentRecognition r where r.workUnit.id = :workUnitId"
            + " and r.state = fi.taitoura.workplace.RecognitionState.APPROVED and r.supersededAt is null")
    Optional<EnvironmentRecognition> findInForce(Long workUnitId);

    @Query("select r from EnvironmentRecognition r where r.workUnit.id = :workUnitId"
            + " and r.state <> fi.taitoura.workplace.RecognitionState.APPROVED")
    Optional<EnvironmentRecognition> findOpen(Long workUnitId);

    @Query("select coalesce(max(r.revision), 0) from EnvironmentRecognition r where r.workUnit.id = :workUnitId")
    int maxRevision(Long workUnitId);

    boolean existsByWorkUnitIdAndReviewerId(Long workUnitId, Long reviewerId);

    @Query("select r from EnvironmentRecognition r where r.reviewerId = :reviewerId and r.state in :states"
            + " order by r.submittedAt")
    List<EnvironmentRecognition> findByReviewer(Long reviewerId, Collection<RecognitionState> states);

    @Query("select distinct r.workUnit.id from EnvironmentRecognition r where r.reviewerId = :reviewerId")
    List<Long> findWorkUnitIdsReviewedBy(Long reviewerId);

    @Query("select r from EnvironmentRecognition r where r.state = fi.taitoura.workplace.RecognitionState.APPROVED"
            + " and r.supersededAt is null order by r.workUnit.organisation.name, r.workUnit.name")
    List<EnvironmentRecognition> findAllInForce();

    @Query("select distinct r from EnvironmentRecognition r left join fetch r.items where r.id = :id")
    Optional<EnvironmentRecognition> findWithItems(Long id);

    @Query("select i.requirementId from RecognitionItem i where i.recognition.workUnit.id = :workUnitId"
            + " and i.recognition.state = fi.taitoura.workplace.RecognitionState.APPROVED"
            + " and i.recognition.supersededAt is null and i.kind = fi.taitoura.workplace.RecognitionItemKind.REQUIREMENT"
            + " and i.reviewStatus <> fi.taitoura.workplace.ReviewStatus.REJECTED")
    List<Long> findRecognisedRequirementIds(Long workUnitId);

    @Query("select distinct i.recognition from RecognitionItem i where i.recognition.workUnit.id = :workUnitId"
            + " and i.requirementId = :requirementId"
            + " and i.recognition.state = fi.taitoura.workplace.RecognitionState.APPROVED"
            + " and i.reviewStatus <> fi.taitoura.workplace.ReviewStatus.REJECTED")
    List<EnvironmentRecognition> findApprovedCovering(Long workUnitId, Long requirementId);

    @Query("select i.requirementId, i.recognition from RecognitionItem i where i.recognition.workUnit.id = :workUnitId"
            + " and i.requirementId in :requirementIds"
            + " and i.recognition.state = fi.taitoura.workplace.RecognitionState.APPROVED"
            + " and i.reviewStatus <> fi.taitoura.workplace.ReviewStatus.REJECTED")
    List<Object[]> findApprovedCoveringAny(Long workUnitId, java.util.Collection<Long> requirementIds);
}

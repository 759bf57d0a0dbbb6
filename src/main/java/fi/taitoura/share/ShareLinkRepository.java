package fi.taitoura.share;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ShareLinkRepository extends JpaRepository<ShareLink, Long> {

    Optional<ShareLink> findByTokenHash(String tokenHash);

    List<ShareLink> findByTraineeIdOrderByCreatedAtDescIdDesc(Long traineeId);

    @Modifying
    @Query("update ShareLink l set l.traineeId = :kept where l.traineeId = :merged")
    int moveTrainee(Long merged, Long kept);
}

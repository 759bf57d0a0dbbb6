package fi.taitoura.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update IssuedDocument d set d.traineeId = :keptId where d.traineeId = :mergedId")
    int moveTrainee(Long mergedId, Long keptId);

    Optional<IssuedDocument> findByVerificationCode(String verificationCode);

    List<IssuedDocument> findByPeriodIdAndKindOrderByIssuedAtDesc(Long periodId, DocumentKind kind);

    @Modifying
    @Query(value = "insert into issued_document_content (document_id, pdf) values (:id, :pdf)", nativeQuery = true)
    void storeContent(Long id, byte[] pdf);

    @Query(value = "select pdf from issued_document_content where document_id = :id", nativeQuery = true)
    byte[] loadContent(Long id);

    @Modifying
    @Query(value = "update issued_document_content set html = :html where document_id = :id", nativeQuery = true)
    void storeHtml(Long id, String html);

    @Query(value = "select html from issued_document_content where document_id = :id", nativeQuery = true)
    String loadHtml(Long id);
}

package fi.taitoura.certificate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetenceCertificateRepository extends JpaRepository<CompetenceCertificate, Long> {

    List<CompetenceCertificate> findByPeriodIdOrderByIdDesc(Long periodId);

    java.util.Optional<CompetenceCertificate> findByDocumentId(Long documentId);
}

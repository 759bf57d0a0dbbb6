package fi.taitoura.certificate;

import fi.taitoura.demonstration.DemonstrationDocuments;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.demonstration.DemonstrationStatus;
import fi.taitoura.document.DocumentText;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The period's passed demonstrations with their grades, for its certificate. */
@Component
class CertificateDemonstrations implements CertificateDataBuilder.DemonstrationResults {

    private final DemonstrationService demonstrations;
    private final DemonstrationDocuments documents;

    CertificateDemonstrations(DemonstrationService demonstrations, DemonstrationDocuments documents) {
        this.demonstrations = demonstrations;
        this.documents = documents;
    }

    @Override
    public List<CertificateData.Demonstration> passed(Long periodId) {
        return demonstrations.forPeriod(periodId).stream()
                .filter(s -> s.status() == DemonstrationStatus.ASSESSED && Boolean.TRUE.equals(s.passed()))
                .map(s -> new CertificateData.Demonstration(s.unitCode(), DocumentText.of(s.unitName()),
                        s.endDate() != null ? s.endDate() : s.startDate(),
                        documents.gradeLabel(s.scale(), s.overallGrade(), Locale.of("fi")))).toList();
    }
}

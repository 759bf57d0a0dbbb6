package fi.taitoura.summary;

import fi.taitoura.demonstration.DemonstrationDocuments;
import fi.taitoura.demonstration.DemonstrationRecords.Summary;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.demonstration.DemonstrationStatus;
import fi.taitoura.document.DocumentText;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The period's assessed demonstrations for its summary, from the demonstration feature. */
@Component
class SummaryDemonstrations implements SummaryDataBuilder.DemonstrationResults {

    private final DemonstrationService demonstrations;
    private final DemonstrationDocuments documents;

    SummaryDemonstrations(DemonstrationService demonstrations, DemonstrationDocuments documents) {
        this.demonstrations = demonstrations;
        this.documents = documents;
    }

    @Override
    public List<SummaryData.DemonstrationLine> results(Long periodId) {
        return demonstrations.forPeriod(periodId).stream()
                .filter(s -> s.status() == DemonstrationStatus.ASSESSED && s.overallGrade() != null)
                .map(s -> line(s)).toList();
    }

    private SummaryData.DemonstrationLine line(Summary s) {
        return new SummaryData.DemonstrationLine(s.unitCode(), DocumentText.of(s.unitName()),
                s.endDate() != null ? s.endDate() : s.startDate(),
                documents.gradeLabel(s.scale(), s.overallGrade(), Locale.of("fi")), Boolean.TRUE.equals(s.passed()));
    }
}

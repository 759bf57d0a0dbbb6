package fi.taitoura.certificate;

import fi.taitoura.certificate.CertificateData.Recognition;
import fi.taitoura.document.DocumentText;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.documentation.LedgerRecords.RequirementLedger;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.workplace.EnvironmentRecognition;
import fi.taitoura.workplace.RecognitionService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Collects a period's certificate content through the owning services; applies the approved-recognition rule. */
@Component
class CertificateDataBuilder {

    /** Passed demonstrations of a period, provided by the demonstration feature when present. */
    public interface DemonstrationResults {
        List<CertificateData.Demonstration> passed(Long periodId);
    }

    private final TraineeService trainees;
    private final DocumentationService documentation;
    private final RecognitionService recognitions;
    private final JdbcTemplate jdbc;
    private final List<DemonstrationResults> demonstrations;

    CertificateDataBuilder(TraineeService trainees, DocumentationService documentation,
                           RecognitionService recognitions, JdbcTemplate jdbc,
                           List<DemonstrationResults> demonstrations) {
        this.trainees = trainees;
        this.documentation = documentation;
        this.recognitions = recognitions;
        this.jdbc = jdbc;
        this.demonstrations = demonstrations;
    }

    CertificateData build(Long periodId) {
        TrainingPeriod p = trainees.requirePeriodForRead(periodId);
        Long workUnitId = p.getWorkUnit().getId();
        List<CertificateData.Unit> units = new ArrayList<>();
        for (UnitLedger u : documentation.ledger(periodId).units()) {
            List<CertificateData.Requirement> requirements = new ArrayList<>();
            EnvironmentRecognition basis = null;
            for (RequirementLedger r : u.requirements()) {
                if (!r.shown()) {
                    continue;
                }
                List<EnvironmentRecognition> covering = recognitions.findApprovedRecognitionsCovering(workUnitId,
                        r.requirementId());
                if (covering.isEmpty()) {
                    continue;
                }
                if (basis == null || covering.get(0).getRevision() > basis.getRevision()) {
                    basis = covering.get(0);
                }
                requirements.add(new CertificateData.Requirement(r.requirementId(), null, DocumentText.of(r.text()),
                        r.first(), r.last(), r.highest().name(), r.count()));
            }
            if (requirements.isEmpty()) {
                continue;
            }
            Map<String, Object> unit = jdbc.queryForMap("""
                    select u.eperusteet_id, u.credits, q.diary_number from qualification_unit u
                    join qualification q on q.id = u.qualification_id where u.id = ?""", u.unitId());
            units.add(new CertificateData.Unit(u.unitId(), unit.get("eperusteet_id") == null ? null
                    : ((Number) unit.get("eperusteet_id")).longValue(), u.code(), DocumentText.of(u.name()),
                    DocumentText.of(u.qualification()), (String) unit.get("diary_number"),
                    (BigDecimal) unit.get("credits"), requirements, new Recognition(basis.getRevision(),
                    basis.getApprovedOn(), basis.getReviewer() == null ? null : basis.getReviewer().getFullName(),
                    basis.getNextReviewOn())));
        }
        List<CertificateData.Demonstration> demos = demonstrations.stream()
                .flatMap(d -> d.passed(periodId).stream()).toList();
        List<fi.taitoura.document.DocumentCard> cards = trainees.findCards(p.getTrainee().getId()).stream()
                .map(c -> new fi.taitoura.document.DocumentCard(c.getCardType().getName(), c.getIssuedOn(), c.getExpiresOn()))
                .toList();
        return new CertificateData(p.getTrainee().getDisplayName(), p.getTrainee().getDateOfBirth(),
                p.getWorkUnit().getOrganisation().getName(), p.getWorkUnit().getOrganisation().getMunicipality(),
                p.getWorkUnit().getName(), p.getStatus().name(), p.getStartDate(),
                p.getEndDate() != null ? p.getEndDate() : p.getPlannedEndDate(),
                p.getCoaches().stream().map(AppUser::getFullName).sorted().toList(),
                p.getCareerAgent() == null ? null : p.getCareerAgent().getFullName(), units, demos, cards,
                LocalDate.now());
    }
}

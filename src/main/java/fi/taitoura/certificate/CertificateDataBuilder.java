package fi.taitoura.certificate;

import fi.taitoura.base.time.Time;
import fi.taitoura.certificate.CertificateData.Recognition;
import fi.taitoura.document.DocumentText;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.documentation.LedgerRecords.RequirementLedger;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.PeriodDetails;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkplaceService;
import fi.taitoura.workplace.RecognitionService;
import fi.taitoura.workplace.RecognitionService.RecognitionBasis;
import fi.taitoura.catalogue.CatalogueReader;
import fi.taitoura.catalogue.CatalogueReader.UnitFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final CatalogueReader catalogue;
    private final List<DemonstrationResults> demonstrations;
    private final UserService users;
    private final WorkplaceService workplaces;

    CertificateDataBuilder(TraineeService trainees, DocumentationService documentation,
                           RecognitionService recognitions, CatalogueReader catalogue,
                           List<DemonstrationResults> demonstrations, UserService users,
                           WorkplaceService workplaces) {
        this.trainees = trainees;
        this.documentation = documentation;
        this.recognitions = recognitions;
        this.catalogue = catalogue;
        this.demonstrations = demonstrations;
        this.users = users;
        this.workplaces = workplaces;
    }

    CertificateData build(Long periodId) {
        PeriodDetails p = trainees.readPeriod(periodId);
        Long workUnitId = p.workUnitId();
        List<UnitLedger> ledger = documentation.ledger(periodId).units();
        // Two batched reads instead of one per requirement and one per unit: which approved recognition covers each
        // shown requirement (the PAIKKO rule), and the catalogue facts of the units.
        List<Long> shownIds = ledger.stream().flatMap(u -> u.requirements().stream())
                .filter(RequirementLedger::shown).map(RequirementLedger::requirementId).distinct().toList();
        Map<Long, RecognitionBasis> covering = recognitions.newestApprovedCovering(workUnitId, shownIds);
        Map<Long, UnitFacts> facts = catalogue.unitFacts(ledger.stream().map(UnitLedger::unitId).toList());
        List<CertificateData.Unit> units = new ArrayList<>();
        for (UnitLedger u : ledger) {
            List<CertificateData.Requirement> requirements = new ArrayList<>();
            RecognitionBasis basis = null;
            for (RequirementLedger r : u.requirements()) {
                RecognitionBasis b = r.shown() ? covering.get(r.requirementId()) : null;
                if (b == null) {
                    continue;
                }
                if (basis == null || b.revision() > basis.revision()) {
                    basis = b;
                }
                requirements.add(new CertificateData.Requirement(r.requirementId(), null, DocumentText.of(r.text()),
                        r.first(), r.last(), r.highest().name(), r.count()));
            }
            if (requirements.isEmpty()) {
                continue;
            }
            UnitFacts unit = facts.get(u.unitId());
            units.add(new CertificateData.Unit(u.unitId(), unit.eperusteetId(), u.code(), DocumentText.of(u.name()),
                    DocumentText.of(u.qualification()), unit.diaryNumber(), unit.credits(), requirements,
                    new Recognition(basis.revision(), basis.approvedOn(), basis.reviewerName(), basis.nextReviewOn())));
        }
        List<CertificateData.Demonstration> demos = demonstrations.stream()
                .flatMap(d -> d.passed(periodId).stream()).toList();
        List<fi.taitoura.document.DocumentCard> cards = trainees.readCards(p.traineeId()).stream()
                .map(c -> new fi.taitoura.document.DocumentCard(c.name(), c.issuedOn(), c.expiresOn()))
                .toList();
        java.util.Set<Long> people = new java.util.HashSet<>(p.coachIds());
        if (p.careerAgentId() != null) {
            people.add(p.careerAgentId());
        }
        Map<Long, String> names = users.findNames(people);
        String municipality = workplaces.findPublicOrganisation(p.organisationId())
                .map(WorkplaceService.PublicOrganisation::municipality).orElse(null);
        return new CertificateData(p.traineeName(), p.traineeDateOfBirth(), p.organisationName(), municipality,
                p.workUnitName(), p.status().name(), p.startDate(), p.end(),
                p.coachIds().stream().map(names::get).filter(java.util.Objects::nonNull).sorted().toList(),
                p.careerAgentId() == null ? null : names.get(p.careerAgentId()), units, demos, cards,
                Time.today());
    }
}

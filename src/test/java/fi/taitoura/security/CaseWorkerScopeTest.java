package fi.taitoura.security;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.capacity.CapacityService;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.certificate.CompetenceCertificate;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.documentation.AttendanceStatus;
import fi.taitoura.documentation.DayRecords.DayEntry;
import fi.taitoura.documentation.DayRecords.ObservationEntry;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.documentation.IndependenceLevel;
import fi.taitoura.summary.PeriodSummary;
import fi.taitoura.summary.RecommendationKind;
import fi.taitoura.summary.SummaryService;
import fi.taitoura.trainee.Consent;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.PersonalGoal;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeRow;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TaskSummary;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 12, finding 1: the referring case worker reads only the finalised summaries and certificates delivered to
 * them, as far as the trainee consents, and nothing else of the client; every refusal is in the audit log.
 */
class CaseWorkerScopeTest extends AbstractIntegrationTest {

    @Autowired
    TraineeService trainees;
    @Autowired
    DocumentationService documentation;
    @Autowired
    CapacityService capacity;
    @Autowired
    DemonstrationService demonstrations;
    @Autowired
    SummaryService summaries;
    @Autowired
    CertificateService certificates;
    @Autowired
    TaskLibraryService tasks;
    @Autowired
    UserService users;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    AuditService audit;

    /** A referred period with a goal, a recorded day, a finalised summary and an issued certificate. */
    private record Referred(TrainingPeriod period, Long traineeId, PeriodSummary draft, PeriodSummary summary,
                            CompetenceCertificate certificate) {
    }

    private Referred referred(String name, Set<Consent> consents) {
        runAs("uraagentti");
        WorkUnit unit = workplaces.findWorkUnits(users.findByUsername("valmentaja").orElseThrow().getWorkUnitIds())
                .stream().filter(u -> u.getName().startsWith("Kiinteistö")).findFirst().orElseThrow();
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setStatus(PeriodStatus.WORK_TRIAL);
        p.setServiceForm(ServiceForm.ASSESSMENT);
        p.setStartDate(Time.today().minusDays(14));
        p.setPlannedEndDate(Time.today().plusMonths(1));
        p.setDaysPerWeek(5);
        p.setHoursPerDay(new BigDecimal("6"));
        p.setCareerAgentId(users.findByUsername("uraagentti").orElseThrow().getId());
        p.setReferrerUserId(users.findByUsername("asiakasvastaava").orElseThrow().getId());
        Trainee t = new Trainee();
        t.setFirstName(name);
        t.setLastName("Lähetetty");
        t.setDateOfBirth(LocalDate.of(1990, 3, 3));
        t.setConsents(EnumSet.of(Consent.SUMMARY_TO_REFERRER));
        TrainingPeriod saved = trainees.createTrainee(t, null, p);
        PersonalGoal g = new PersonalGoal();
        g.setDescription("Tavoite");
        trainees.saveGoal(saved.getId(), g);
        runAs("valmentaja");
        TaskSummary task = tasks.findTaskSummaries(unit.getId()).stream()
                .filter(x -> !x.requirementIds().isEmpty()).findFirst().orElseThrow();
        documentation.saveDay(Time.today().minusDays(1), List.of(new DayEntry(saved.getId(), -1,
                AttendanceStatus.PRESENT, null, null, Set.of(task.id()), task.requirementIds().stream()
                .map(r -> new ObservationEntry(r, task.id(), IndependenceLevel.INDEPENDENT, null)).toList())));
        runAs("uraagentti");
        PeriodSummary s = summaries.openDraft(saved.getId());
        s.setStrengths("Huolellinen");
        s.setRecommendations(Map.of(RecommendationKind.EDUCATION, "Koulutus"));
        s = summaries.saveDraft(s);
        PeriodSummary finalised = summaries.finalise(s.getId(), s.getVersion());
        PeriodSummary draft = summaries.openDraft(saved.getId());
        CompetenceCertificate c = certificates.issue(saved.getId(), Locale.of("fi"));
        Trainee edited = trainees.requireTraineeForRead(saved.getTrainee().getId());
        edited.setConsents(consents);
        trainees.updateTrainee(edited, null);
        return new Referred(saved, saved.getTrainee().getId(), draft, finalised, c);
    }

    @Test
    void theReferringCaseWorkerReadsTheDeliveredDocumentsAndNothingElse() {
        Referred r = referred("Kaikki", EnumSet.of(Consent.SUMMARY_TO_REFERRER, Consent.CERTIFICATE_TO_REFERRER));
        Long periodId = r.period().getId();
        runAs("asiakasvastaava");

        // what is delivered to them
        assertThat(summaries.findRows()).anyMatch(row -> r.summary().getId().equals(row.summaryId()))
                .noneMatch(row -> r.draft().getId().equals(row.summaryId()));
        assertThat(summaries.require(r.summary().getId()).getId()).isEqualTo(r.summary().getId());
        assertThat(summaries.pdf(r.summary().getId())).isNotEmpty();
        assertThat(certificates.findDelivered()).anyMatch(row -> row.certificateId().equals(r.certificate().getId()));
        assertThat(certificates.require(r.certificate().getId()).getId()).isEqualTo(r.certificate().getId());
        assertThat(certificates.pdf(r.certificate().getId())).isNotEmpty();

        // nothing else: not the draft, the drafting comments, the trainee, the period or what is recorded in it
        assertThatThrownBy(() -> summaries.require(r.draft().getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> summaries.comments(r.summary().getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(trainees.findVisibleTrainees()).extracting(TraineeRow::traineeId).doesNotContain(r.traineeId());
        assertThat(trainees.findVisiblePeriods()).extracting(TrainingPeriod::getId).doesNotContain(periodId);
        assertThat(trainees.mayReadPeriod(periodId)).isFalse();
        List<Runnable> raw = List.of(
                () -> trainees.requireTraineeForRead(r.traineeId()),
                () -> trainees.requirePeriodForRead(periodId),
                () -> trainees.findGoals(periodId),
                () -> trainees.findCards(r.traineeId()),
                () -> documentation.ledger(periodId),
                () -> documentation.diary(periodId),
                () -> documentation.attendanceCounts(periodId),
                () -> capacity.access(periodId),
                () -> capacity.periodCapacityChange(periodId),
                () -> capacity.findAssessments(periodId),
                () -> demonstrations.forPeriod(periodId),
                () -> certificates.findForPeriod(periodId),
                () -> certificates.preview(periodId));
        for (Runnable read : raw) {
            assertThatThrownBy(read::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(demonstrations.worklist()).isEmpty();

        // each refusal is in the log, under the trainee
        runAs("admin");
        assertThat(audit.search(new AuditFilter("asiakasvastaava", null, null, r.traineeId(), AuditAction.REFUSED,
                null, null), PageRequest.of(0, 50))).hasSizeGreaterThanOrEqualTo(raw.size());
        assertThat(audit.search(new AuditFilter("asiakasvastaava", "PeriodSummary", r.summary().getId(),
                r.traineeId(), AuditAction.READ, null, null), PageRequest.of(0, 5))).isNotEmpty();
    }

    @Test
    void withoutTheTraineesConsentNothingIsDelivered() {
        Referred r = referred("Peruttu", EnumSet.noneOf(Consent.class));
        runAs("asiakasvastaava");
        assertThat(summaries.findRows()).noneMatch(row -> r.period().getId().equals(row.periodId()));
        assertThat(certificates.findDelivered()).noneMatch(row -> row.periodId().equals(r.period().getId()));
        assertThatThrownBy(() -> summaries.require(r.summary().getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.require(r.certificate().getId()))
                .isInstanceOf(AccessDeniedException.class);

        Referred onlySummary = referred("Kooste", EnumSet.of(Consent.SUMMARY_TO_REFERRER));
        runAs("asiakasvastaava");
        assertThat(summaries.require(onlySummary.summary().getId())).isNotNull();
        assertThatThrownBy(() -> certificates.require(onlySummary.certificate().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoachOfAnotherUnitGetsNothing() {
        Referred r = referred("Toisen", EnumSet.of(Consent.SUMMARY_TO_REFERRER, Consent.CERTIFICATE_TO_REFERRER));
        runAs("valmentaja2");
        assertThatThrownBy(() -> summaries.require(r.summary().getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.require(r.certificate().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}

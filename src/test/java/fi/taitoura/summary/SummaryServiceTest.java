package fi.taitoura.summary;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.PdfA;
import fi.taitoura.PdfText;
import fi.taitoura.capacity.InstrumentService;
import fi.taitoura.document.DocumentService;
import fi.taitoura.document.Verification;
import fi.taitoura.documentation.AttendanceStatus;
import fi.taitoura.documentation.DayRecords.DayEntry;
import fi.taitoura.documentation.DayRecords.ObservationEntry;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.documentation.IndependenceLevel;
import fi.taitoura.trainee.Consent;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.PersonalGoal;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TaskSummary;
import fi.taitoura.workplace.WorkUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class SummaryServiceTest extends AbstractIntegrationTest {

    @Autowired
    SummaryService summaries;
    @Autowired
    TraineeService trainees;
    @Autowired
    DocumentationService documentation;
    @Autowired
    TaskLibraryService tasks;
    @Autowired
    UserService users;
    @Autowired
    fi.taitoura.workplace.WorkplaceService workplaces;
    @Autowired
    DocumentService documents;

    /** A period at the property unit with known data: one goal, one recorded day with one task. */
    private TrainingPeriod knownPeriod(String name, boolean consent) {
        return knownPeriod(name, consent, false);
    }

    private TrainingPeriod knownPeriod(String name, boolean consent, boolean externalReferrer) {
        runAs("uraagentti");
        WorkUnit unit = workplaces.findWorkUnits(users.findByUsername("valmentaja").orElseThrow().getWorkUnitIds()).stream()
                .filter(u -> u.getName().startsWith("Kiinteistö")).findFirst().orElseThrow();
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setStatus(PeriodStatus.WORK_TRIAL);
        p.setServiceForm(ServiceForm.ASSESSMENT);
        p.setStartDate(Time.today().minusDays(14));
        p.setPlannedEndDate(Time.today().plusMonths(1));
        p.setDaysPerWeek(5);
        p.setHoursPerDay(new BigDecimal("6"));
        p.setCareerAgentId(users.findByUsername("uraagentti").orElseThrow().getId());
        if (externalReferrer) {
            p.setReferrerName("Liisa Lähettäjä");
        } else {
            p.setReferrerUserId(users.findByUsername("asiakasvastaava").orElseThrow().getId());
        }
        Trainee t = new Trainee();
        t.setFirstName(name);
        t.setLastName("Koosteinen");
        t.setDateOfBirth(LocalDate.of(1992, 2, 2));
        t.setConsents(consent ? EnumSet.of(Consent.SUMMARY_TO_REFERRER) : EnumSet.noneOf(Consent.class));
        TrainingPeriod saved = trainees.createTrainee(t, null, p);
        PersonalGoal g = new PersonalGoal();
        g.setDescription("Oppii ajamaan ruohonleikkuria");
        trainees.saveGoal(saved.getId(), g);
        runAs("valmentaja");
        TaskSummary task = tasks.findTaskSummaries(unit.getId()).stream()
                .filter(x -> !x.requirementIds().isEmpty()).findFirst().orElseThrow();
        documentation.saveDay(Time.today().minusDays(1), List.of(new DayEntry(saved.getId(), -1,
                AttendanceStatus.PRESENT, null, null, Set.of(task.id()), task.requirementIds().stream()
                .map(r -> new ObservationEntry(r, task.id(), IndependenceLevel.INDEPENDENT, null)).toList())));
        runAs("uraagentti");
        return saved;
    }

    private PeriodSummary filledDraft(TrainingPeriod p) {
        PeriodSummary s = summaries.openDraft(p.getId());
        s.setStrengths("Täsmällinen ja huolellinen");
        s.setRecommendations(Map.of(RecommendationKind.EDUCATION, "Ammatillinen koulutus"));
        return summaries.saveDraft(s);
    }

    @Test
    void theDraftIsPrefilledFromKnownDataAndNeverCarriesTheInclusionSurvey() {
        TrainingPeriod p = knownPeriod("Esitäyttö", true);
        PeriodSummary s = summaries.openDraft(p.getId());
        SummaryData d = summaries.data(s);
        assertThat(d.traineeName()).isEqualTo("Esitäyttö Koosteinen");
        assertThat(d.status()).isEqualTo("WORK_TRIAL");
        assertThat(d.attendance().present()).isEqualTo(1);
        assertThat(d.attendance().planned()).isBetween(9L, 11L);
        assertThat(d.tasks()).singleElement().satisfies(t -> assertThat(t.times()).isEqualTo(1));
        assertThat(d.competence()).isNotEmpty().allMatch(u -> u.independent() >= 1);
        assertThat(d.goals()).extracting(SummaryData.GoalLine::description).containsExactly("Oppii ajamaan ruohonleikkuria");
        assertThat(d.capacity()).noneMatch(i -> i.code().equals(InstrumentService.OSALLISUUSINDIKAATTORI));
    }

    @Test
    void finalisingFreezesTheDataDeliversAndACorrectionSupersedes() {
        TrainingPeriod p = knownPeriod("Lukitus", true);
        PeriodSummary finalised = summaries.finalise(filledDraft(p).getId(), summaries.openDraft(p.getId())
                .getVersion());
        assertThat(finalised.getState()).isEqualTo(SummaryState.FINALISED);
        SummaryData frozen = summaries.data(finalised);

        // later changes to the data do not alter the finalised summary
        PersonalGoal g = new PersonalGoal();
        g.setDescription("Uusi tavoite jakson jälkeen");
        trainees.saveGoal(p.getId(), g);
        assertThat(summaries.data(summaries.require(finalised.getId()))).isEqualTo(frozen);
        assertThatThrownBy(() -> summaries.saveDraft(finalised)).hasMessageContaining("summary.error.finalised");

        byte[] issuedPdf = PdfText.save("summary-fi", summaries.pdf(finalised.getId()));
        PdfA.assertPdfA2b(issuedPdf);
        String text = PdfText.of(issuedPdf);
        assertThat(text).contains("Valmennusjakson loppukooste", "Lukitus Koosteinen", "Täsmällinen ja huolellinen",
                "Työkokeilu", "Ammatillinen koulutus").doesNotContain("Uusi tavoite jakson jälkeen");
        String code = summaries.document(finalised).orElseThrow().verificationCode();
        assertThat(text).contains(code);
        assertThat(documents.verify(code).result()).isEqualTo(Verification.Result.VALID);

        // the referring case worker sees and downloads it
        runAs("asiakasvastaava");
        assertThat(summaries.findRows()).anyMatch(r -> finalised.getId().equals(r.summaryId()));
        assertThat(summaries.pdf(finalised.getId())).isNotEmpty();

        // a correction is a new version; the old one is superseded
        runAs("uraagentti");
        PeriodSummary correction = summaries.openDraft(p.getId());
        assertThat(correction.getRevision()).isEqualTo(2);
        assertThat(correction.getStrengths()).isEqualTo("Täsmällinen ja huolellinen");
        correction.setStrengths("Täsmällinen, huolellinen ja oma-aloitteinen");
        correction = summaries.saveDraft(correction);
        PeriodSummary second = summaries.finalise(correction.getId(), correction.getVersion());
        assertThat(summaries.require(finalised.getId()).getState()).isEqualTo(SummaryState.SUPERSEDED);
        assertThat(documents.verify(code).result()).isEqualTo(Verification.Result.SUPERSEDED);
        assertThat(documents.verify(summaries.document(second).orElseThrow().verificationCode()).result())
                .isEqualTo(Verification.Result.VALID);
    }

    @Test
    void theRulesOfFinalisingAndWhoMaySeeWhat() {
        TrainingPeriod noConsent = knownPeriod("Suostumukseton", false);
        PeriodSummary draft = filledDraft(noConsent);
        assertThatThrownBy(() -> summaries.finalise(draft.getId(), draft.getVersion()))
                .hasMessageContaining("summary.error.noConsent");
        TrainingPeriod p = knownPeriod("Kesken", true);
        PeriodSummary empty = summaries.openDraft(p.getId());
        assertThatThrownBy(() -> summaries.finalise(empty.getId(), empty.getVersion()))
                .hasMessageContaining("summary.error.incomplete");

        runAs("asiakasvastaava");
        assertThatThrownBy(() -> summaries.require(empty.getId())).as("drafts are not delivered")
                .isInstanceOf(AccessDeniedException.class);
        runAs("valmentaja2");
        assertThatThrownBy(() -> summaries.require(empty.getId())).isInstanceOf(AccessDeniedException.class);
        runAs("valmentaja");
        summaries.comment(empty.getId(), "Lisää vahvuuksiin tiimityö");
        assertThat(summaries.comments(empty.getId())).extracting(SummaryComment::getText)
                .containsExactly("Lisää vahvuuksiin tiimityö");
        assertThatThrownBy(() -> summaries.finalise(empty.getId(), empty.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePdfIsWrittenInFinnishSwedishAndEnglish() {
        TrainingPeriod p = knownPeriod("Kielet", true);
        for (String[] lang : new String[][] {{"fi", "Valmennusjakson loppukooste", "Läsnäolo"},
                {"sv", "Slutsammanfattning av coachningsperioden", "Närvaro"},
                {"en", "End-of-period summary", "Attendance"}}) {
            PeriodSummary s = summaries.openDraft(p.getId());
            s.setLanguage(lang[0]);
            s = summaries.saveDraft(s);
            String text = PdfText.of(PdfText.save("summary-preview-" + lang[0], summaries.preview(s.getId())));
            assertThat(text).contains(lang[1], lang[2], "Kielet Koosteinen");
        }
    }

    @Autowired
    SummaryFacts facts;
    @Autowired
    fi.taitoura.trainee.PeriodFacts periodFacts;
    @Autowired
    fi.taitoura.audit.AuditService audit;

    /** The day in Finland (the server's clock may still be on yesterday in UTC). */
    private static LocalDate today() {
        return Time.today();
    }

    private SummaryFacts.SummaryFigures figures(Long unitId) {
        runAs("admin");
        var f = periodFacts.filter(null, unitId, null, today().minusDays(1), today().plusDays(1));
        var result = facts.summaryFigures(f).getOrDefault(fi.taitoura.trainee.GroupKey.TOTAL,
                SummaryFacts.SummaryFigures.NONE);
        runAs("uraagentti");
        return result;
    }

    /** Issue 13: a referrer with a name only gets nothing from Taitoura; the career agent records the delivery. */
    @Test
    void theCareerAgentRecordsTheDeliveryToAnExternalReferrerAndReportsCountIt() {
        // the referrer has no account: a name only
        TrainingPeriod p = knownPeriod("Toimitus", true, true);
        Long unitId = p.getWorkUnitId();
        var before = figures(unitId);

        PeriodSummary draft = filledDraft(p);
        assertThatThrownBy(() -> summaries.recordDelivery(draft.getId(), DeliveryMethod.POST, today(), null,
                null)).hasMessageContaining("summary.delivery.error.notFinalised");
        PeriodSummary s = summaries.finalise(draft.getId(), draft.getVersion());
        assertThat(summaries.deliveryRoute(s)).isEqualTo(SummaryService.DeliveryRoute.EXTERNAL);
        assertThat(summaries.delivery(s.getId())).isEmpty();
        var finalisedOnly = figures(unitId);
        assertThat(finalisedOnly.finalised()).isEqualTo(before.finalised() + 1);
        assertThat(finalisedOnly.delivered()).as("not delivered yet").isEqualTo(before.delivered());

        // the rules: not in the future, not before finalising, a short reference, only the career agent
        assertThatThrownBy(() -> summaries.recordDelivery(s.getId(), DeliveryMethod.POST,
                today().plusDays(1), null, null)).hasMessageContaining("summary.delivery.error.date");
        assertThatThrownBy(() -> summaries.recordDelivery(s.getId(), DeliveryMethod.POST,
                today().minusDays(30), null, null)).hasMessageContaining("summary.delivery.error.date");
        assertThatThrownBy(() -> summaries.recordDelivery(s.getId(), DeliveryMethod.POST, today(),
                "x".repeat(121), null)).hasMessageContaining("validation.maxLength");
        runAs("valmentaja");
        assertThatThrownBy(() -> summaries.recordDelivery(s.getId(), DeliveryMethod.POST, today(), null,
                null)).isInstanceOf(AccessDeniedException.class);
        runAs("uraagentti");

        SummaryService.Delivery d = summaries.recordDelivery(s.getId(), DeliveryMethod.SECURE_EMAIL, today(),
                "  SP-2026-118 ", null);
        assertThat(d.method()).isEqualTo(DeliveryMethod.SECURE_EMAIL);
        assertThat(d.reference()).isEqualTo("SP-2026-118");
        assertThat(d.recordedBy()).isNotBlank();
        assertThat(summaries.findRows()).filteredOn(r -> s.getId().equals(r.summaryId())).singleElement()
                .satisfies(r -> {
                    assertThat(r.deliveryMethod()).isEqualTo(DeliveryMethod.SECURE_EMAIL);
                    assertThat(r.deliveredOn()).isEqualTo(today());
                });
        // a correction needs the record's current version; a stale one is refused
        assertThatThrownBy(() -> summaries.recordDelivery(s.getId(), DeliveryMethod.POST, today(), null,
                null)).isInstanceOf(fi.taitoura.base.ConcurrentEditException.class);
        SummaryService.Delivery corrected = summaries.recordDelivery(s.getId(), DeliveryMethod.BY_HAND,
                today(), null, d.version());
        assertThat(corrected.method()).isEqualTo(DeliveryMethod.BY_HAND);
        assertThat(corrected.reference()).isNull();

        var delivered = figures(unitId);
        assertThat(delivered.finalised()).isEqualTo(before.finalised() + 1);
        assertThat(delivered.delivered()).isEqualTo(before.delivered() + 1);

        // audited with ids and codes only
        runAs("admin");
        var entries = audit.search(new fi.taitoura.audit.AuditFilter(null, "SummaryDelivery", d.id(), null, null,
                null, null), org.springframework.data.domain.PageRequest.of(0, 10));
        assertThat(entries).hasSize(2).allSatisfy(e -> {
            assertThat(e.getTraineeId()).isEqualTo(p.getTrainee().getId());
            assertThat(e.getDetails()).contains("summary=" + s.getId()).doesNotContain("SP-2026", "Liisa");
        });
    }

    @Test
    void aSummaryToAReferrerWithAnAccountCountsAsDeliveredInTheReports() {
        TrainingPeriod p = knownPeriod("Sovelluksessa", true);
        var before = figures(p.getWorkUnitId());
        PeriodSummary draft = filledDraft(p);
        PeriodSummary s = summaries.finalise(draft.getId(), draft.getVersion());
        assertThat(summaries.deliveryRoute(s)).isEqualTo(SummaryService.DeliveryRoute.IN_APP);
        var after = figures(p.getWorkUnitId());
        assertThat(after.finalised()).isEqualTo(before.finalised() + 1);
        assertThat(after.delivered()).isEqualTo(before.delivered() + 1);
    }
}

package fi.taitoura.summary;

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
        runAs("uraagentti");
        WorkUnit unit = workplaces.findWorkUnits(users.findByUsername("valmentaja").orElseThrow().getWorkUnitIds()).stream()
                .filter(u -> u.getName().startsWith("Kiinteistö")).findFirst().orElseThrow();
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnit(unit);
        p.setStatus(PeriodStatus.WORK_TRIAL);
        p.setServiceForm(ServiceForm.ASSESSMENT);
        p.setStartDate(LocalDate.now().minusDays(14));
        p.setPlannedEndDate(LocalDate.now().plusMonths(1));
        p.setDaysPerWeek(5);
        p.setHoursPerDay(new BigDecimal("6"));
        p.setCareerAgent(users.findByUsername("uraagentti").orElseThrow());
        p.setReferrerUser(users.findByUsername("asiakasvastaava").orElseThrow());
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
        documentation.saveDay(LocalDate.now().minusDays(1), List.of(new DayEntry(saved.getId(), -1,
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
        String code = summaries.document(finalised).orElseThrow().getVerificationCode();
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
        assertThat(documents.verify(summaries.document(second).orElseThrow().getVerificationCode()).result())
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
}

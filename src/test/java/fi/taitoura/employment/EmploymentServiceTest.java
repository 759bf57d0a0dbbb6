package fi.taitoura.employment;

import fi.taitoura.base.time.Time;
import static fi.taitoura.employment.EmploymentTestSupport.agreement;
import static fi.taitoura.employment.EmploymentTestSupport.auditMarker;
import static fi.taitoura.employment.EmploymentTestSupport.auditSince;
import static fi.taitoura.employment.EmploymentTestSupport.contact;
import static fi.taitoura.employment.EmploymentTestSupport.employer;
import static fi.taitoura.employment.EmploymentTestSupport.jobSearchPlan;
import static fi.taitoura.employment.EmploymentTestSupport.newCase;
import static fi.taitoura.employment.EmploymentTestSupport.startJob;
import static fi.taitoura.employment.EmploymentTestSupport.team;
import static fi.taitoura.employment.EmploymentTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.employment.EmploymentRecords.CaseDetail;
import fi.taitoura.employment.EmploymentRecords.CaseFact;
import fi.taitoura.employment.EmploymentRecords.EducationInput;
import fi.taitoura.employment.EmploymentRecords.EducationView;
import fi.taitoura.employment.EmploymentRecords.EventInput;
import fi.taitoura.employment.EmploymentRecords.EventView;
import fi.taitoura.employment.EmploymentRecords.FormInput;
import fi.taitoura.employment.EmploymentRecords.JobEndInput;
import fi.taitoura.employment.EmploymentRecords.JobStartInput;
import fi.taitoura.employment.EmploymentRecords.JobView;
import fi.taitoura.employment.EmploymentRecords.Warning;
import fi.taitoura.employment.EmploymentRecords.WorkHistoryInput;
import fi.taitoura.employment.EmploymentRecords.WorkHistoryView;
import fi.taitoura.summary.SummaryService;
import fi.taitoura.trainee.TraineeService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class EmploymentServiceTest extends fi.taitoura.AbstractIntegrationTest {

    @Autowired
    EmploymentService service;
    @Autowired
    EmployerService employers;
    @Autowired
    EmploymentFacts facts;
    @Autowired
    TraineeService trainees;
    @Autowired
    SummaryService summaries;
    @Autowired
    JdbcTemplate jdbc;

    private static List<WarningKind> kinds(CaseDetail d) {
        return d.row().warnings().stream().map(Warning::kind).toList();
    }

    @Test
    void theWholePathFromReferralToClosureMovesThroughThePhasesAndIsAuditedWithTheClient() {
        runAs("tyohonvalmentaja");
        long marker = auditMarker(jdbc);
        String lastName = unique("Polku");
        Long caseId = newCase(service, lastName, 40);
        CaseDetail d = service.detail(caseId);
        Long traineeId = d.client().traineeId();
        assertThat(d.row().phase()).isEqualTo(Phase.AGREEMENT);
        assertThat(d.forms()).extracting(EmploymentRecords.FormRef::kind).containsExactly(FormKind.REFERRAL);

        agreement(service, caseId, 35);
        assertThat(service.detail(caseId).row().phase()).isEqualTo(Phase.PROFILE);
        service.saveForm(caseId, FormKind.PROFILE, new FormInput(-1, Time.today().minusDays(30), null, null, null,
                null, Set.of(), Map.of("STRENGTHS", "Täsmällinen", "HEALTH_FACTORS", "Selkävaiva: ei raskaita nostoja"),
                null, null));
        jobSearchPlan(service, caseId, 0, Time.today().plusMonths(2));
        assertThat(service.detail(caseId).row().phase()).isEqualTo(Phase.JOB_SEARCH);

        Long employerId = employer(employers, team(service));
        contact(employers, employerId, 20, caseId);
        d = service.detail(caseId);
        assertThat(d.row().firstContactOn()).isEqualTo(Time.today().minusDays(20));
        assertThat(d.row().daysToFirstContact()).isEqualTo(15);
        assertThat(d.contacts()).singleElement().satisfies(c -> {
            assertThat(c.clients()).singleElement().satisfies(k -> assertThat(k.disclosure()).isTrue());
            assertThat(c.kind()).isEqualTo(ContactKind.FIRST);
        });

        JobView job = startJob(service, caseId, employerId, 10, "20");
        d = service.detail(caseId);
        assertThat(d.row().phase()).isEqualTo(Phase.IN_WORK_SUPPORT);
        assertThat(d.row().inWork()).isTrue();
        assertThat(kinds(d)).containsExactly(WarningKind.SUPPORT_PLAN_MISSING);

        service.saveForm(caseId, FormKind.SUPPORT_PLAN, new FormInput(0, Time.today().minusDays(9), null,
                job.id(), null, null, Set.of(), Map.of("ON_THE_JOB", "Valmentaja mukana aamuisin"), null, null));
        assertThat(kinds(service.detail(caseId))).isEmpty();

        service.saveEvent(caseId, null, new EventInput(-1, Time.today().minusDays(8),
                EventKind.BENEFITS_COUNSELLING, null, "Soviteltu päiväraha laskettu",
                EnumSet.of(BenefitTopic.ADJUSTED_BENEFIT)));
        service.endJob(caseId, job.id(), new JobEndInput(job.version(), Time.today().minusDays(2),
                EndedBy.CLIENT, "Työmatka liian pitkä", "Lyhyet vuorot sopivat", "Haetaan lähempää"));
        d = service.detail(caseId);
        assertThat(d.row().phase()).isEqualTo(Phase.JOB_SEARCH);
        assertThat(d.row().inWork()).isFalse();

        service.saveForm(caseId, FormKind.CLOSURE, new FormInput(-1, Time.today(), null, null, null, null,
                Set.of(), Map.of("STATUS", "Siirtyy opintoihin"), Outcome.EDUCATION, ClosureReason.OTHER_SERVICE));
        d = service.detail(caseId);
        assertThat(d.row().closedOn()).isEqualTo(Time.today());
        assertThat(d.row().outcome()).isEqualTo(Outcome.EDUCATION);
        assertThat(d.phases()).extracting(EmploymentRecords.PhaseView::phase).containsExactly(Phase.AGREEMENT,
                Phase.PROFILE, Phase.JOB_SEARCH, Phase.IN_WORK_SUPPORT, Phase.JOB_SEARCH);
        assertThatThrownBy(() -> agreement(service, caseId, 1)).isInstanceOf(BusinessRuleException.class);

        List<Map<String, Object>> entries = auditSince(jdbc, marker);
        // every change of the client's data is in the log with the client's id
        for (String type : List.of("EmploymentCase", "EmploymentForm", "EmployerContact", "EmploymentJob",
                "EmploymentEvent")) {
            assertThat(entries).as(type).anyMatch(e -> type.equals(e.get("entity_type"))
                    && !"READ".equals(e.get("action")) && traineeId.equals(e.get("trainee_id")));
        }
        assertThat(entries).anyMatch(e -> "READ".equals(e.get("action"))
                && "EmploymentCase".equals(e.get("entity_type")) && traineeId.equals(e.get("trainee_id")));
        // and never personal data: no names, no texts
        for (Map<String, Object> e : entries) {
            String details = String.valueOf(e.get("details"));
            assertThat(details).doesNotContain(lastName, "Selkävaiva", "Täsmällinen", "Varastotyö", "Soviteltu");
        }
        assertThat(entries).anyMatch(e -> String.valueOf(e.get("details")).contains("HEALTH_FACTORS"));
    }

    @Test
    void everyReadOfTheClientsDataIsAuditedWithTheClient() {
        runAs("tyohonvalmentaja");
        Long caseId = newCase(service, unique("Luku"), 5);
        Long traineeId = service.detail(caseId).client().traineeId();
        Long employerId = employer(employers, team(service));
        contact(employers, employerId, 1, caseId);
        Long formId = service.detail(caseId).forms().get(0).id();

        long marker = auditMarker(jdbc);
        service.caseload(false);
        service.form(caseId, formId);
        service.clientSummary(caseId);
        employers.employer(employerId);
        employers.contactOptions(team(service));
        List<Map<String, Object>> reads = auditSince(jdbc, marker).stream()
                .filter(e -> "READ".equals(e.get("action")) && traineeId.equals(e.get("trainee_id"))).toList();
        assertThat(reads).extracting(e -> String.valueOf(e.get("details"))).contains("what=clientSummary",
                "employer=" + employerId, "what=contactForm");
        // the caseload is a list: one entry that keeps which clients it showed
        assertThat(jdbc.queryForList("select a.details from audit_log a join audit_log_trainee s on s.audit_id = a.id"
                + " where a.id > ? and a.entity_type = 'EmploymentCase' and s.trainee_id = ?", String.class, marker,
                traineeId)).anyMatch(d -> d.endsWith("what=caseload"));
        assertThat(reads).anyMatch(e -> "EmploymentForm".equals(e.get("entity_type")));
    }

    @Test
    void planWarningsAppearAndDisappearAsPlansAreAdded() {
        runAs("tyohonvalmentaja");
        Long caseId = newCase(service, unique("Varoitus"), 60);
        agreement(service, caseId, 50);
        CaseDetail d = service.detail(caseId);
        assertThat(kinds(d)).containsExactly(WarningKind.FIRST_CONTACT_MISSING);
        assertThat(d.row().warnings().get(0).days()).isEqualTo(50);

        service.changePhase(caseId, d.version(), Phase.JOB_SEARCH, Time.today());
        assertThat(kinds(service.detail(caseId))).contains(WarningKind.JOB_SEARCH_PLAN_MISSING);

        service.saveForm(caseId, FormKind.JOB_SEARCH_PLAN, new FormInput(0, Time.today().minusDays(20),
                Time.today().minusDays(3), null, null, null, Set.of(), Map.of("TARGET_JOBS", "Kauppa"), null, null));
        assertThat(kinds(service.detail(caseId))).contains(WarningKind.JOB_SEARCH_PLAN_REVIEW_DUE)
                .doesNotContain(WarningKind.JOB_SEARCH_PLAN_MISSING);
        jobSearchPlan(service, caseId, 1, Time.today().plusWeeks(6));
        d = service.detail(caseId);
        assertThat(kinds(d)).doesNotContain(WarningKind.JOB_SEARCH_PLAN_MISSING,
                WarningKind.JOB_SEARCH_PLAN_REVIEW_DUE);
        assertThat(d.forms()).filteredOn(f -> f.kind() == FormKind.JOB_SEARCH_PLAN)
                .extracting(EmploymentRecords.FormRef::revision).containsExactly(2, 1);

        Long employerId = employer(employers, team(service));
        contact(employers, employerId, 0, caseId);
        assertThat(kinds(service.detail(caseId))).doesNotContain(WarningKind.FIRST_CONTACT_MISSING)
                .contains(WarningKind.FIRST_CONTACT_LATE);
        JobView job = startJob(service, caseId, employerId, 0, "10");
        assertThat(kinds(service.detail(caseId))).containsExactly(WarningKind.SUPPORT_PLAN_MISSING);
        assertThat(service.detail(caseId).row().warnings().get(0).jobId()).isEqualTo(job.id());
    }

    @Test
    void aCaseRowIsCorrectedAtItsVersionOnlyAndOnlyThroughItsOwnCase() {
        runAs("tyohonvalmentaja");
        Long caseId = newCase(service, unique("Rivit"), 10);
        Long otherCase = newCase(service, unique("Toinen"), 10);
        Long employerId = employer(employers, team(service));

        WorkHistoryView w = service.saveWorkHistory(caseId, null,
                new WorkHistoryInput(-1, "Kauppa Oy", "Myyjä", "2019-2020", null, null, null, null));
        WorkHistoryInput wEdit = new WorkHistoryInput(w.version(), "Kauppa Oy", "Kassa", "2019-2020", null, null,
                null, null);
        assertThatThrownBy(() -> service.saveWorkHistory(otherCase, w.id(), wEdit))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.saveWorkHistory(caseId, w.id(), wEdit).title()).isEqualTo("Kassa");
        assertThatThrownBy(() -> service.saveWorkHistory(caseId, w.id(), wEdit))
                .isInstanceOf(ConcurrentEditException.class);

        EducationView e = service.saveEducation(caseId, null, new EducationInput(-1, "Opisto", "Logistiikka",
                Time.today().minusDays(3), null, EducationOutcome.ONGOING, null));
        EducationInput eEdit = new EducationInput(e.version(), "Opisto", "Logistiikan perustutkinto",
                Time.today().minusDays(3), null, EducationOutcome.ONGOING, null);
        assertThatThrownBy(() -> service.saveEducation(otherCase, e.id(), eEdit))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.saveEducation(caseId, e.id(), eEdit).programme()).isEqualTo("Logistiikan perustutkinto");
        assertThatThrownBy(() -> service.saveEducation(caseId, e.id(), eEdit))
                .isInstanceOf(ConcurrentEditException.class);

        EventView ev = service.saveEvent(caseId, null, new EventInput(-1, Time.today().minusDays(2),
                EventKind.MEETING, null, "Tapaaminen", Set.of()));
        EventInput evEdit = new EventInput(ev.version(), Time.today().minusDays(1), EventKind.MEETING, null,
                "Tapaaminen siirtyi", Set.of());
        assertThatThrownBy(() -> service.saveEvent(otherCase, ev.id(), evEdit))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.saveEvent(caseId, ev.id(), evEdit).note()).isEqualTo("Tapaaminen siirtyi");
        assertThatThrownBy(() -> service.saveEvent(caseId, ev.id(), evEdit))
                .isInstanceOf(ConcurrentEditException.class);

        JobView job = startJob(service, caseId, employerId, 3, "20");
        JobStartInput jEdit = new JobStartInput(job.version(), employerId, "Varastotyöntekijä",
                Time.today().minusDays(3), new BigDecimal("25"), new BigDecimal("12.50"), PayUnit.HOUR,
                ContractType.FIXED_TERM, false, FoundBy.COACH_CONTACT, true, null, null, "Perehdytys", null);
        assertThatThrownBy(() -> service.saveJobStart(otherCase, job.id(), jEdit))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.saveJobStart(caseId, job.id(), jEdit).hoursPerWeek()).isEqualByComparingTo("25");
        assertThatThrownBy(() -> service.saveJobStart(caseId, job.id(), jEdit))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aStaleSaveIsRefusedForFormsPlansJobsAndTheCase() {
        runAs("tyohonvalmentaja");
        Long caseId = newCase(service, unique("Vanha"), 10);
        agreement(service, caseId, 5);
        var agreementForm = service.currentForm(caseId, FormKind.AGREEMENT, null).orElseThrow();
        FormInput edit = new FormInput(agreementForm.version(), agreementForm.formDate(), null, null, null, false,
                Set.of(), Map.of("GOAL", "Uusi tavoite"), null, null);
        service.saveForm(caseId, FormKind.AGREEMENT, edit);
        assertThatThrownBy(() -> service.saveForm(caseId, FormKind.AGREEMENT, edit))
                .isInstanceOf(ConcurrentEditException.class);
        // a second "new" agreement over an existing one is a stale save too
        assertThatThrownBy(() -> agreement(service, caseId, 5)).isInstanceOf(ConcurrentEditException.class);

        jobSearchPlan(service, caseId, 0, null);
        assertThatThrownBy(() -> jobSearchPlan(service, caseId, 0, null)).isInstanceOf(ConcurrentEditException.class);

        CaseDetail d = service.detail(caseId);
        service.changePhase(caseId, d.version(), Phase.EMPLOYER_AGREEMENT, Time.today());
        assertThatThrownBy(() -> service.changePhase(caseId, d.version(), Phase.IN_WORK_SUPPORT, Time.today()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aCoachOfAnotherTeamAndOtherRolesCannotReadTheCaseOrTheClient() {
        runAs("tyohonvalmentaja");
        Long caseId = newCase(service, unique("Salainen"), 3);
        Long traineeId = service.detail(caseId).client().traineeId();
        Long employerId = employer(employers, team(service));

        for (String user : List.of("tyohonvalmentaja2", "valmentaja", "uraagentti", "asiakasvastaava", "admin")) {
            runAs(user);
            assertThatThrownBy(() -> service.detail(caseId)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trainees.requireTraineeForRead(traineeId)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> employers.employer(employerId)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        runAs("tyohonvalmentaja2");
        assertThat(service.caseload(true)).noneMatch(r -> r.id().equals(caseId));
        assertThatThrownBy(() -> agreement(service, caseId, 1)).isInstanceOf(AccessDeniedException.class);

        runAs("tiiminvetaja");
        assertThat(service.detail(caseId).canWrite()).isFalse();
        assertThatThrownBy(() -> agreement(service, caseId, 1)).isInstanceOf(AccessDeniedException.class);
        runAs("tyohonvalmentaja");
        assertThat(trainees.requireTraineeForRead(traineeId).getLastName()).startsWith("Salainen");
    }

    @Test
    void theJobCoachSeesThePeriodTheCaseContinuesOnlyWithTheClientsConsent() {
        runAs("tyohonvalmentaja");
        var row = service.caseload(false).stream().filter(r -> r.clientName().equals("Laura Mäkelä")).findFirst()
                .orElseThrow();
        CaseDetail d = service.detail(row.id());
        assertThat(d.source()).isEqualTo(CaseSource.PERIOD);
        assertThat(d.period().readable()).isTrue();
        assertThat(trainees.requirePeriodForRead(d.period().periodId()).getTrainee().getDisplayName())
                .isEqualTo("Laura Mäkelä");
        assertThat(summaries.findDelivered(d.period().periodId())).allMatch(s -> s.state() != null);

        var referral = service.currentForm(row.id(), FormKind.REFERRAL, null).orElseThrow();
        service.saveForm(row.id(), FormKind.REFERRAL, new FormInput(referral.version(), referral.formDate(), null,
                null, false, null, Set.of(), referral.texts(), null, null));
        assertThat(service.detail(row.id()).period().readable()).isFalse();
        assertThatThrownBy(() -> trainees.requirePeriodForRead(d.period().periodId()))
                .isInstanceOf(AccessDeniedException.class);
        var changed = service.currentForm(row.id(), FormKind.REFERRAL, null).orElseThrow();
        service.saveForm(row.id(), FormKind.REFERRAL, new FormInput(changed.version(), changed.formDate(), null,
                null, true, null, Set.of(), changed.texts(), null, null));
        assertThat(service.detail(row.id()).period().readable()).isTrue();

        runAs("tyohonvalmentaja2");
        assertThatThrownBy(() -> trainees.requirePeriodForRead(d.period().periodId()))
                .isInstanceOf(AccessDeniedException.class);
        runAs("uraagentti");
        assertThat(service.periodCases(d.period().periodId())).singleElement()
                .satisfies(s -> assertThat(s.coachName()).isEqualTo("Hanna Harju"));
    }

    @Test
    void theTeamLeadsFiguresArePlainAggregates() {
        runAs("tyohonvalmentaja");
        Long caseId = newCase(service, unique("Luvut"), 30);
        agreement(service, caseId, 25);
        Long employerId = employer(employers, team(service));
        contact(employers, employerId, 20, caseId);
        startJob(service, caseId, employerId, 15, "3");
        startJob(service, caseId, employerId, 5, "12.5");
        Long team = team(service);

        runAs("tiiminvetaja");
        CaseFact fact = facts.caseFacts(team).stream().filter(f -> f.caseId().equals(caseId)).findFirst()
                .orElseThrow();
        assertThat(fact.agreedOn()).isEqualTo(Time.today().minusDays(25));
        assertThat(fact.firstContactOn()).isEqualTo(Time.today().minusDays(20));
        // the 3-hour job does not count as a job start in the IPS measures
        assertThat(fact.firstJobStartOn()).isEqualTo(Time.today().minusDays(5));
        assertThat(facts.jobFacts(team, Time.today().minusDays(20), Time.today()))
                .filteredOn(j -> j.caseId().equals(caseId)).hasSize(2);
        assertThat(facts.contactFacts(team, Time.today().minusDays(21), Time.today()))
                .filteredOn(c -> c.employerId().equals(employerId)).singleElement()
                .satisfies(c -> assertThat(c.clients()).isEqualTo(1));
        runAs("tyohonvalmentaja");
        assertThatThrownBy(() -> facts.caseFacts(team)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoCaseloadCoversAllFivePhases() {
        runAs("tyohonvalmentaja");
        var rows = service.caseload(true).stream().filter(r -> r.coachName() != null
                && r.coachName().equals("Hanna Harju")).toList();
        assertThat(rows.size()).isBetween(8, 30);
        assertThat(rows.stream().filter(EmploymentRecords.CaseRow::open).map(EmploymentRecords.CaseRow::phase)
                .distinct()).containsExactlyInAnyOrder(Phase.values());
        assertThat(rows).anyMatch(r -> !r.open());
        assertThat(rows).anyMatch(r -> r.variant() == CaseVariant.STUDENT);
        assertThat(employers.register()).hasSizeGreaterThanOrEqualTo(8);
    }
}

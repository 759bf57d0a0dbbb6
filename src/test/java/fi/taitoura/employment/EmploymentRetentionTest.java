package fi.taitoura.employment;

import fi.taitoura.base.time.Time;
import static fi.taitoura.employment.EmploymentTestSupport.agreement;
import static fi.taitoura.employment.EmploymentTestSupport.contact;
import static fi.taitoura.employment.EmploymentTestSupport.employer;
import static fi.taitoura.employment.EmploymentTestSupport.newCase;
import static fi.taitoura.employment.EmploymentTestSupport.startJob;
import static fi.taitoura.employment.EmploymentTestSupport.team;
import static fi.taitoura.employment.EmploymentTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.employment.EmploymentRecords.EventInput;
import fi.taitoura.lifecycle.DataLifecycleService;
import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.trainee.TraineesMergedEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A supported-employment client in the data lifecycle (ADR 0020): the case is exported for a subject-access request,
 * anonymising removes the form texts and free texts but keeps dates and outcomes, erasing deletes the case, and
 * linking duplicate trainee records moves the case to the kept record.
 */
class EmploymentRetentionTest extends fi.taitoura.AbstractIntegrationTest {

    @Autowired
    EmploymentService service;
    @Autowired
    EmployerService employers;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    DataLifecycleService lifecycle;

    private PersonalDataHolder holder() {
        return holders.stream().filter(h -> h.section().equals("employment")).findFirst().orElseThrow();
    }

    /** A case with a form text, an event note, an employer contact and a job; returns {caseId, traineeId}. */
    private long[] caseWithData() {
        runAs("tyohonvalmentaja");
        Long caseId = newCase(service, unique("Säilytys"), 60);
        agreement(service, caseId, 50);
        service.saveEvent(caseId, null, new EventInput(-1, Time.today().minusDays(40), EventKind.MEETING, null,
                "Kertoi velkajärjestelystä", Set.of()));
        Long employerId = employer(employers, team(service));
        contact(employers, employerId, 30, caseId);
        startJob(service, caseId, employerId, 20, "20");
        Long traineeId = service.detail(caseId).client().traineeId();
        return new long[] {caseId, traineeId};
    }

    @Test
    void theCaseIsExportedThenAnonymisedKeepingDatesAndOutcomes() {
        long[] ids = caseWithData();
        Map<String, List<Map<String, Object>>> export = holder().export(ids[1], List.of());
        assertThat(export.get("cases")).singleElement().satisfies(r -> assertThat(r.get("id")).isEqualTo(ids[0]));
        assertThat(export.get("formTexts")).extracting(r -> r.get("value")).contains("Haluaa palkkatyöhön.");
        assertThat(export.get("events")).extracting(r -> r.get("note")).contains("Kertoi velkajärjestelystä");
        assertThat(export.get("jobs")).singleElement()
                .satisfies(r -> assertThat(r.get("supports")).isEqualTo("Perehdytys"));
        assertThat(export.get("employerContacts")).hasSize(1);

        tx.executeWithoutResult(s -> holder().anonymise(ids[1], List.of()));
        assertThat(jdbc.queryForObject("select count(*) from employment_form_text x join employment_form f"
                + " on f.id = x.form_id where f.case_id = ?", Long.class, ids[0])).isZero();
        assertThat(jdbc.queryForList("select note from employment_event where case_id = ?", String.class, ids[0]))
                .containsOnlyNulls();
        var job = jdbc.queryForMap("select tasks, start_date, hours_per_week from employment_job where case_id = ?",
                ids[0]);
        assertThat(job.get("tasks")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from employment_job where case_id = ? and (supports is not null"
                + " or notes is not null)", Long.class, ids[0])).isZero();
        assertThat(job.get("start_date")).as("dates stay for statistics").isNotNull();
        assertThat(job.get("hours_per_week")).isNotNull();
        assertThat(jdbc.queryForObject("select phase from employment_case where id = ?", String.class, ids[0]))
                .isNotNull();
    }

    @Test
    void anonymisingClearsTheTextsOfAContactAboutThisClientAloneButNotOfOneAboutOthersToo() {
        long[] ids = caseWithData();
        long[] other = caseWithData();
        Long employerId = employer(employers, team(service));
        contact(employers, employerId, 10, ids[0], other[0]);
        String aloneSql = "select c.purpose from employer_contact c join employer_contact_case k on k.contact_id = c.id"
                + " where k.case_id = ? and not exists (select 1 from employer_contact_case o where o.contact_id = c.id"
                + " and o.case_id <> ?)";
        String sharedSql = "select c.purpose from employer_contact c join employer_contact_case k on k.contact_id = c.id"
                + " join employer_contact_case o on o.contact_id = c.id and o.case_id = ? where k.case_id = ?";
        assertThat(jdbc.queryForList(aloneSql, String.class, ids[0], ids[0])).containsExactly("Esittely");

        tx.executeWithoutResult(s -> holder().anonymise(ids[1], List.of()));
        assertThat(jdbc.queryForList(aloneSql, String.class, ids[0], ids[0])).as("about this client alone")
                .containsOnlyNulls().hasSize(1);
        assertThat(jdbc.queryForList(sharedSql, String.class, other[0], ids[0])).as("about another client too")
                .containsExactly("Esittely");
        assertThat(jdbc.queryForList(aloneSql, String.class, other[0], other[0])).as("the other client's own")
                .containsExactly("Esittely");
    }

    @Test
    void aClientOfSupportedEmploymentAloneIsDueOnlyWhenTheLastCaseHasBeenClosedForTheRetentionTime() {
        runAs("tyohonvalmentaja");
        Long caseId = newCase(service, unique("Vain työhönvalmennus"), 30);
        Long traineeId = service.detail(caseId).client().traineeId();
        assertThat(jdbc.queryForObject("select count(*) from training_period where trainee_id = ?", Long.class,
                traineeId)).as("a client who never had a training period").isZero();
        runAs("admin");
        LocalDate afterRetention = Time.today().plus(lifecycle.rules().clientRecords()).plusDays(1);
        assertThat(lifecycle.findDue(afterRetention)).extracting(DataLifecycleService.Due::traineeId)
                .as("the case is open").doesNotContain(traineeId);

        jdbc.update("update employment_case set closed_on = current_date, outcome = 'EMPLOYMENT' where id = ?", caseId);
        assertThat(lifecycle.findDue(afterRetention)).filteredOn(d -> d.traineeId() == traineeId).singleElement()
                .satisfies(d -> assertThat(d.lastPeriodEnd()).as("retention runs from the closing")
                        .isEqualTo(Time.today()));
        assertThat(lifecycle.findDue(afterRetention.minusDays(2))).extracting(DataLifecycleService.Due::traineeId)
                .as("closed for less than the retention time").doesNotContain(traineeId);
        assertThat(lifecycle.export(traineeId).sections()).as("a subject-access export finds them too")
                .containsKey("employment");
    }

    @Test
    void erasingDeletesTheCaseAndItsRowsButNotTheTeamsEmployerRegister() {
        long[] ids = caseWithData();
        Long contacts = jdbc.queryForObject("select count(*) from employer_contact", Long.class);
        tx.executeWithoutResult(s -> holder().erase(ids[1], List.of()));
        assertThat(jdbc.queryForObject("select count(*) from employment_case where trainee_id = ?", Long.class, ids[1]))
                .isZero();
        for (String table : List.of("employment_form", "employment_job", "employment_event",
                "employment_phase_change", "employer_contact_case")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where case_id = ?", Long.class, ids[0]))
                    .as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from employer_contact", Long.class))
                .as("the contact is the team's record").isEqualTo(contacts);
    }

    @Test
    void linkingDuplicateRecordsMovesTheCasesToTheKeptRecord() {
        long[] kept = caseWithData();
        long[] merged = caseWithData();
        tx.executeWithoutResult(s -> events.publishEvent(new TraineesMergedEvent(kept[1], merged[1])));
        assertThat(jdbc.queryForList("select id from employment_case where trainee_id = ?", Long.class, kept[1]))
                .containsExactlyInAnyOrder(kept[0], merged[0]);
        assertThat(jdbc.queryForObject("select count(*) from employment_case where trainee_id = ?", Long.class,
                merged[1])).isZero();
    }
}

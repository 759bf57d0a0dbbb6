package fi.taitoura.lifecycle;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.PersonalGoal;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, finding 8: clients whose retention has ended are listed and anonymised (or erased), people to be
 * archived are not touched, and one client's data can be exported for a subject-access request.
 */
class DataLifecycleTest extends AbstractIntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1000));

    @Autowired
    DataLifecycleService lifecycle;
    @Autowired
    SubjectAccessDocuments documents;
    @Autowired
    TraineeService trainees;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RetentionSubjects subjects;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    List<ClientMatters> matters;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    RetentionCommand command;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    /** A client of valmentaja whose only period ended {@code yearsAgo} years ago. */
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate periodDates;

    private long client(String name, int bornOnDay, int yearsAgo) {
        runAs("valmentaja");
        WorkUnit unit = workplaces.findAllWorkUnits().stream()
                .filter(u -> u.getName().equals("Kiinteistö- ja ympäristöhuolto")).findFirst().orElseThrow();
        Trainee t = new Trainee();
        t.setFirstName(name);
        t.setLastName("Vanhanen" + SEQ.incrementAndGet());
        t.setDateOfBirth(LocalDate.of(1970, 3, bornOnDay));
        t.setPhone("040 555 " + SEQ.get());
        t.setSupportNeeds("Kuulolaite " + SEQ.get());
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setStatus(PeriodStatus.OTHER);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(Time.today().minusMonths(1));
        p.setPlannedEndDate(Time.today().plusMonths(1));
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        TrainingPeriod saved = trainees.createTrainee(t, null, p);
        PersonalGoal g = new PersonalGoal();
        g.setDescription("Oppia käyttämään ruohonleikkuria " + name);
        trainees.saveGoal(saved.getId(), g);
        // recorded while the period ran; it ended years ago (a coach's access has long ended, issue 12)
        periodDates.update("update training_period set start_date = ?, planned_end_date = ?, end_date = ?"
                + " where id = ?", Time.today().minusYears(yearsAgo).minusMonths(6),
                Time.today().minusYears(yearsAgo), Time.today().minusYears(yearsAgo), saved.getId());
        return saved.getTrainee().getId();
    }

    @Test
    void aClientWhoseRetentionEndedIsListedExportedAndAnonymised() {
        long old = client("Vanha", 3, 11);
        long recent = client("Tuore", 4, 2);
        long archived = client("Arkisto", 18, 11);

        runAs("admin");
        List<DataLifecycleService.Due> due = lifecycle.findDue(Time.today());
        assertThat(due).extracting(DataLifecycleService.Due::traineeId).contains(old, archived).doesNotContain(recent);
        assertThat(due).filteredOn(d -> d.traineeId() == archived).singleElement()
                .satisfies(d -> assertThat(d.archiveFirst()).isTrue());

        SubjectAccessExport export = lifecycle.export(old);
        String json = new String(documents.json(export), StandardCharsets.UTF_8);
        assertThat(json).contains("\"first_name\" : \"Vanha\"", "Oppia käyttämään ruohonleikkuria", "accessLog",
                "\"actor\" : \"valmentaja\"");
        byte[] pdf = documents.pdf(export, Locale.of("fi"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(audit.search(new AuditFilter("admin", "SubjectAccessExport", old, old, AuditAction.READ, null,
                null), PageRequest.of(0, 5))).as("the export is audited").hasSize(1);

        lifecycle.apply(old, Time.today());
        var row = jdbc.queryForMap("select first_name, last_name, phone, support_needs, anonymised_at from trainee"
                + " where id = ?", old);
        assertThat(row.get("first_name")).isEqualTo("Anonymisoitu");
        assertThat(row.get("last_name")).isEqualTo("#" + old);
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("support_needs")).isNull();
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForList("select description from personal_goal g join training_period p"
                + " on p.id = g.period_id where p.trainee_id = ?", String.class, old)).containsOnly("–");
        assertThat(jdbc.queryForObject("select count(*) from training_period where trainee_id = ?", Long.class, old))
                .as("the period stays for anonymous statistics").isOne();
        assertThat(lifecycle.findDue(Time.today())).extracting(DataLifecycleService.Due::traineeId)
                .doesNotContain(old);
        assertThat(audit.search(new AuditFilter(null, "Retention", old, old, AuditAction.ANONYMISE, null, null),
                PageRequest.of(0, 5))).hasSize(1);

        assertThatThrownBy(() -> lifecycle.apply(archived, Time.today())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("archiveFirst");
        assertThatThrownBy(() -> lifecycle.apply(recent, Time.today())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("notDue");
    }

    @Test
    void withTheEraseRuleEverythingOfTheClientIsDeleted() {
        long gone = client("Poistuva", 5, 12);
        DataLifecycleService erasing = new DataLifecycleService(new RetentionRules(java.time.Period.ofYears(10),
                java.time.Period.ofYears(12), RetentionRules.Action.ERASE, "8,18,28"), subjects, holders, matters,
                currentUser, audit);
        runAs("admin");
        tx.executeWithoutResult(s -> erasing.apply(gone, Time.today()));
        assertThat(jdbc.queryForObject("select count(*) from trainee where id = ?", Long.class, gone)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from training_period where trainee_id = ?", Long.class, gone))
                .isZero();
        assertThat(audit.search(new AuditFilter(null, "Retention", gone, gone, AuditAction.ERASE, null, null),
                PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    void theCommandListsWhatIsDue() throws Exception {
        long old = client("Komento", 6, 11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("trainee #" + old, "P10Y");
    }
}

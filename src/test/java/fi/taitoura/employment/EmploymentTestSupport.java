package fi.taitoura.employment;

import fi.taitoura.base.time.Time;
import fi.taitoura.employment.EmploymentRecords.ContactInput;
import fi.taitoura.employment.EmploymentRecords.EmployerInput;
import fi.taitoura.employment.EmploymentRecords.FormInput;
import fi.taitoura.employment.EmploymentRecords.JobStartInput;
import fi.taitoura.employment.EmploymentRecords.JobView;
import fi.taitoura.employment.EmploymentRecords.NewCase;
import fi.taitoura.employment.EmploymentRecords.NewClient;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentRecords.SchoolInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds cases along the path for the tests, as the signed-in job coach. */
final class EmploymentTestSupport {

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** The demo team of {@code tyohonvalmentaja} (src/demo/java/fi/taitoura/demo/EmploymentDemoData). */
    static final String DEMO_TEAM = "Työhönvalmennustiimi Esimerkkilä";

    private EmploymentTestSupport() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    static Long team(EmploymentService service) {
        List<Ref> teams = service.myTeams();
        return teams.stream().filter(t -> t.name().equals(DEMO_TEAM)).findFirst()
                .orElse(teams.get(0)).id();
    }

    static Long newCase(EmploymentService service, String lastName, int referredDaysAgo) {
        Long team = team(service);
        Long coach = service.teamCoaches(team).get(0).id();
        LocalDate born = LocalDate.of(1980 + SEQ.incrementAndGet() % 20, 1 + SEQ.get() % 12, 1 + SEQ.get() % 27);
        return service.createCase(new NewCase(team, coach, CaseVariant.ADULT, Time.today().minusDays(referredDaysAgo),
                new NewClient("Testi", lastName, born, null, "040 123 4567", null, "suomi"), SchoolInfo.NONE,
                new FormInput(-1, Time.today().minusDays(referredDaysAgo), null, null, true, null, Set.of(),
                        Map.of("REFERRER_NAME", "Liisa Lähettäjä", "REASON", "Haluaa palkkatyöhön."), null, null)));
    }

    static void agreement(EmploymentService service, Long caseId, int daysAgo) {
        service.saveForm(caseId, FormKind.AGREEMENT, new FormInput(-1, Time.today().minusDays(daysAgo), null, null,
                null, true, EnumSet.of(ContactParty.REFERRER), Map.of("GOAL", "Palkkatyö"), null, null));
    }

    static void jobSearchPlan(EmploymentService service, Long caseId, int baseRevision, LocalDate reviewOn) {
        service.saveForm(caseId, FormKind.JOB_SEARCH_PLAN, new FormInput(baseRevision, Time.today(), reviewOn,
                null, null, null, Set.of(), Map.of("TARGET_JOBS", "Varastotyö"), null, null));
    }

    static Long employer(EmployerService employers, Long team) {
        return employers.saveEmployer(null, new EmployerInput(-1, team, unique("Testityönantaja"), null, "Testiala",
                null, null, null, null, true));
    }

    static void contact(EmployerService employers, Long employerId, int daysAgo, Long... caseIds) {
        employers.recordContact(new ContactInput(-1, employerId, Time.today().minusDays(daysAgo), null,
                "Esihenkilö", true, ContactKind.FIRST, "Esittely", "Kiinnostunut", null, null, Set.of(caseIds)));
    }

    static JobView startJob(EmploymentService service, Long caseId, Long employerId, int daysAgo, String hours) {
        return service.saveJobStart(caseId, null, new JobStartInput(-1, employerId, "Varastotyöntekijä",
                Time.today().minusDays(daysAgo), new BigDecimal(hours), new BigDecimal("12.50"), PayUnit.HOUR,
                ContractType.FIXED_TERM, false, FoundBy.COACH_CONTACT, true, null, null, "Perehdytys", null));
    }

    /** The audit entries written after the marker (an audit_log id), as {action, entity_type, trainee_id, details}. */
    static List<Map<String, Object>> auditSince(JdbcTemplate jdbc, long marker) {
        return jdbc.queryForList("select action, entity_type, entity_id, trainee_id, details from audit_log "
                + "where id > ? order by id", marker);
    }

    static long auditMarker(JdbcTemplate jdbc) {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
        return max == null ? 0 : max;
    }
}

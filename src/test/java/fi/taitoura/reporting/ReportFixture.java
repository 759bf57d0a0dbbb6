package fi.taitoura.reporting;

import fi.taitoura.outcome.FollowUpState;
import fi.taitoura.outcome.InterruptionReason;
import fi.taitoura.employment.Outcome;
import fi.taitoura.outcome.OutcomeService;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserAccountDetailsService;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hand-computed data set for the follow-up table in its own organisation (so that the demo data never adds to
 * its figures), in the year 2025. Periods and trainees go through the services; outcomes (ended beyond the coach's time limit), attendance,
 * observations, demonstrations and certificates, whose own flows need a whole catalogue and recognition behind
 * them, are written as rows, as those features would have stored them.
 * <pre>
 * unit U1 (2 trainees per coach), coaches A and B; unit U2 (10 per coach), coach B; range 2025-01-01..2025-12-31
 * P1 U1 {A}   2025-02-01..2025-06-30 ended  EMPLOYMENT, consent, at 3 months EDUCATION
 * P2 U1 {A,B} 2024-10-01..(2026-03-31)   running
 * P3 U1 {A}   2025-03-01..(2026-02-28)   running
 * P4 U1 {A}   2025-11-01..(2026-01-31)   running             -> coach A has 3 active > 2 (over capacity)
 * P5 U2 {B}   2025-01-15..2025-04-30 ended  INTERRUPTED (HEALTH), no consent
 * P6 U2 {}    2025-05-01..2025-09-30 ended  no outcome recorded
 * P7 U2 {B}   2023-01-01..2024-06-30 ended  EDUCATION (outside the range)
 * attendance: P1 2025-03-03 PRESENT, 03-04 PRESENT, 03-05 SICK; P2 2025-03-03 PRESENT, 03-04 PRESENT, 2024-12-02 ABSENT
 * observations: P1 r1 (03-03), r2 (03-03), r1 (03-04); P2 r1 (03-03); P2 r2 (2024-12-02, outside)
 * demonstrations: P1 Q1 passed 2025-05-20; P1 Q2 failed 2025-05-21; P2 Q1 passed 2024-12-01 (outside);
 *   P3 Q1 draft (unsigned); P3 Q2 signed pass superseded by a signed fail 2025-09-02
 * certificates: P1 current 2025-07-01 units Q1,Q2; P3 superseded (Q1) and current 2025-10-01 (Q2);
 *   P5 withdrawn 2025-05-02 (Q1)
 * </pre>
 */
@Component
public class ReportFixture {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));
    public static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    public static final LocalDate TO = LocalDate.of(2025, 12, 31);

    private final WorkplaceService workplaces;
    private final UserService users;
    private final TraineeService trainees;
    private final OutcomeService outcomes;
    private final UserAccountDetailsService userDetails;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    ReportFixture(WorkplaceService workplaces, UserService users, TraineeService trainees, OutcomeService outcomes,
                  UserAccountDetailsService userDetails, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.workplaces = workplaces;
        this.users = users;
        this.trainees = trainees;
        this.outcomes = outcomes;
        this.userDetails = userDetails;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public record Data(Organisation organisation, WorkUnit u1, WorkUnit u2, AppUser coachA, AppUser coachB,
                       AppUser teamLead, AppUser otherTeamLead, List<TrainingPeriod> periods) {
        public TrainingPeriod p(int n) {
            return periods.get(n - 1);
        }
    }

    public Data create() {
        return as("yllapitaja", this::build);
    }

    private Data build() {
        int n = SEQ.incrementAndGet();
        Organisation org = as("yllapitaja", () -> {
            Organisation o = new Organisation();
            o.setName("Raporttikunta " + n);
            o.setMunicipality("Raportila");
            return workplaces.saveOrganisation(o);
        });
        Organisation other = as("yllapitaja", () -> {
            Organisation o = new Organisation();
            o.setName("Muu kunta " + n);
            o.setMunicipality("Muuala");
            return workplaces.saveOrganisation(o);
        });
        WorkUnit u1 = as("yllapitaja", () -> unit(org, "Kiinteistöpalvelut " + n, 2));
        WorkUnit u2 = as("yllapitaja", () -> unit(org, "Ruokapalvelut " + n, 10));
        AppUser a = tx.execute(s -> users.createDemoUser("rep-a-" + n, "Aalto Anni " + n, "x", Set.of(Role.COACH), org.getId(),
                Set.of(u1.getId())));
        AppUser b = tx.execute(s -> users.createDemoUser("rep-b-" + n, "Bäck Bertta " + n, "x", Set.of(Role.COACH),
                org.getId(), Set.of(u1.getId(), u2.getId())));
        AppUser lead = tx.execute(s -> users.createDemoUser("rep-lead-" + n, "Lahti Leena " + n, "x",
                Set.of(Role.TEAM_LEAD), org.getId(), Set.of()));
        AppUser otherLead = tx.execute(s -> users.createDemoUser("rep-other-" + n, "Muu Mikko " + n, "x",
                Set.of(Role.TEAM_LEAD), other.getId(), Set.of()));

        TrainingPeriod p1 = period(a, u1, Set.of(a), "2025-02-01", "2025-08-31", "2025-06-30", n, 1);
        TrainingPeriod p2 = period(a, u1, Set.of(a, b), "2024-10-01", "2026-03-31", null, n, 2);
        TrainingPeriod p3 = period(a, u1, Set.of(a), "2025-03-01", "2026-02-28", null, n, 3);
        TrainingPeriod p4 = period(a, u1, Set.of(a), "2025-11-01", "2026-01-31", null, n, 4);
        TrainingPeriod p5 = period(b, u2, Set.of(b), "2025-01-15", "2025-06-30", "2025-04-30", n, 5);
        TrainingPeriod p6 = period(b, u2, Set.of(), "2025-05-01", "2025-09-30", "2025-09-30", n, 6);
        TrainingPeriod p7 = period(b, u2, Set.of(b), "2023-01-01", "2024-06-30", "2024-06-30", n, 7);

        // Outcomes as the outcome feature stores them (recording them through OutcomeService is tested in
        // OutcomeViewsUiTest; these periods ended long ago, beyond the coach's time limit of issue 12).
        outcome(p1, Outcome.EMPLOYMENT, null, true, FollowUpState.DONE, Outcome.EDUCATION, "2025-10-01", a);
        outcome(p5, Outcome.INTERRUPTED, InterruptionReason.HEALTH, false, FollowUpState.NONE, null, null, b);
        outcome(p7, Outcome.EDUCATION, null, false, FollowUpState.NONE, null, null, b);

        List<Long> reqs = jdbc.queryForList("select id from skill_requirement order by id limit 2", Long.class);
        List<Long> units = jdbc.queryForList(
                "select id from qualification_unit where parent_unit_id is null order by id limit 2", Long.class);
        long r1 = reqs.get(0);
        long r2 = reqs.get(1);
        long q1 = units.get(0);
        long q2 = units.get(1);
        tx.executeWithoutResult(s -> {
            long a1 = attendance(p1, "2025-03-03", "PRESENT");
            long a2 = attendance(p1, "2025-03-04", "PRESENT");
            attendance(p1, "2025-03-05", "SICK");
            long a4 = attendance(p2, "2025-03-03", "PRESENT");
            attendance(p2, "2025-03-04", "PRESENT");
            long a6 = attendance(p2, "2024-12-02", "ABSENT");
            observation(a1, p1, "2025-03-03", r1);
            observation(a1, p1, "2025-03-03", r2);
            observation(a2, p1, "2025-03-04", r1);
            observation(a4, p2, "2025-03-03", r1);
            observation(a6, p2, "2024-12-02", r2);

            long teacher = users.findByUsername("opettaja").orElseThrow().getId();
            long d1 = demonstration(p1, q1, u1, teacher);
            assessment(d1, 1, "2025-05-20", 3, true, false);
            long d2 = demonstration(p1, q2, u1, teacher);
            assessment(d2, 1, "2025-05-21", 0, true, false);
            long d3 = demonstration(p2, q1, u1, teacher);
            assessment(d3, 1, "2024-12-01", 4, true, false);
            long d4 = demonstration(p3, q1, u1, teacher);
            assessment(d4, 1, "2025-09-01", 3, false, false);
            long d5 = demonstration(p3, q2, u1, teacher);
            assessment(d5, 1, "2025-09-01", 3, true, true);
            assessment(d5, 2, "2025-09-02", 0, true, false);

            certificate(p1, org, "CURRENT", "2025-07-01T10:00:00", List.of(q1, q2), n);
            certificate(p3, org, "SUPERSEDED", "2025-09-15T10:00:00", List.of(q1), n);
            certificate(p3, org, "CURRENT", "2025-10-01T10:00:00", List.of(q2), n);
            certificate(p5, org, "WITHDRAWN", "2025-05-02T10:00:00", List.of(q1), n);
        });
        return new Data(org, u1, u2, a, b, lead, otherLead, List.of(p1, p2, p3, p4, p5, p6, p7));
    }

    private WorkUnit unit(Organisation org, String name, int perCoach) {
        WorkUnit w = new WorkUnit();
        w.setOrganisation(org);
        w.setName(name);
        w.setTraineesPerCoach(perCoach);
        return workplaces.saveWorkUnit(w);
    }

    private TrainingPeriod period(AppUser coach, WorkUnit unit, Set<AppUser> coaches, String start, String planned,
                                  String end, int n, int k) {
        return as(coach.getUsername(), () -> {
            Trainee t = new Trainee();
            t.setFirstName("Raportti" + k);
            t.setLastName("Henkilö " + n);
            t.setDateOfBirth(LocalDate.of(1990, 1, k));
            TrainingPeriod p = new TrainingPeriod();
            p.setWorkUnitId(unit.getId());
            p.setCoachIds(coaches.stream().map(fi.taitoura.user.AppUser::getId).collect(java.util.stream.Collectors.toSet()));
            p.setStatus(k == 5 ? PeriodStatus.WORK_TRIAL : PeriodStatus.REHABILITATIVE_WORK_ACTIVITY);
            p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
            p.setStartDate(LocalDate.parse(start));
            p.setPlannedEndDate(LocalDate.parse(planned));
            p.setEndDate(end == null ? null : LocalDate.parse(end));
            p.setDaysPerWeek(4);
            p.setHoursPerDay(new BigDecimal("5.0"));
            return trainees.createTrainee(t, null, p);
        });
    }

    private void outcome(TrainingPeriod p, Outcome outcome, InterruptionReason reason, boolean consent,
                         FollowUpState state, Outcome status3m, String status3mOn, AppUser by) {
        jdbc.update("insert into period_outcome (version, period_id, trainee_id, outcome, interruption_reason,"
                + " follow_up_consent, follow_up_state, status_3m, status_3m_on, recorded_by, created_at, updated_at)"
                + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(6), now(6))", p.getId(), p.getTrainee().getId(),
                outcome.name(), reason == null ? null : reason.name(), consent, state.name(),
                status3m == null ? null : status3m.name(), status3mOn == null ? null : LocalDate.parse(status3mOn),
                by.getId());
    }

    private long attendance(TrainingPeriod p, String day, String status) {
        jdbc.update("insert into attendance (version, period_id, day, status, created_at, updated_at) "
                + "values (0, ?, ?, ?, now(6), now(6))", p.getId(), LocalDate.parse(day), status);
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }

    private void observation(long attendance, TrainingPeriod p, String day, long requirement) {
        jdbc.update("insert into skill_observation (attendance_id, period_id, day, requirement_id, level) "
                + "values (?, ?, ?, ?, 'INDEPENDENT')", attendance, p.getId(), LocalDate.parse(day), requirement);
    }

    private long demonstration(TrainingPeriod p, long unit, WorkUnit workUnit, long teacher) {
        jdbc.update("""
                insert into demonstration (version, period_id, trainee_id, unit_id, work_unit_id, status, start_date,
                  end_date, place, place_code, teacher_id, workplace_assessor_name, education_provider, created_at,
                  updated_at)
                values (0, ?, ?, ?, ?, 'ASSESSED', '2025-05-01', '2025-05-01', 'Työyksikkö', '1', ?, 'Työpaikka',
                  'Ammattiopisto', now(6), now(6))""", p.getId(), p.getTrainee().getId(), unit, workUnit.getId(),
                teacher);
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }

    private void assessment(long demonstration, int revision, String on, int grade, boolean signed,
                            boolean superseded) {
        long teacher = users.findByUsername("opettaja").orElseThrow().getId();
        jdbc.update("""
                insert into demonstration_assessment (version, demonstration_id, revision, assessed_on, overall_grade,
                  superseded, assessor_id, signed_at, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, now(6), now(6))""", demonstration, revision, LocalDate.parse(on),
                grade, superseded, teacher, signed ? LocalDateTime.parse(on + "T12:00:00") : null);
    }

    private void certificate(TrainingPeriod p, Organisation org, String status, String issuedAt, List<Long> units,
                             int n) {
        String code = ("R" + n + "X" + SEQ.incrementAndGet() + "ZZZZZZZZZZ").substring(0, 12);
        jdbc.update("""
                insert into issued_document (version, kind, verification_code, trainee_id, period_id, organisation_id,
                  issuer_name, trainee_name, title, language, issued_at, status, sha256, created_at, updated_at)
                values (0, 'COMPETENCE_CERTIFICATE', ?, ?, ?, ?, 'Raporttikunta', 'Raportti Henkilö', 'Osaamistodistus',
                  'fi', ?, ?, 'x', now(6), now(6))""", code, p.getTrainee().getId(), p.getId(), org.getId(),
                LocalDateTime.parse(issuedAt), status);
        long doc = jdbc.queryForObject("select last_insert_id()", Long.class);
        String snapshot = "{\"units\": [" + String.join(",", units.stream().map(u -> "{\"unitId\": " + u + "}")
                .toList()) + "]}";
        jdbc.update("""
                insert into competence_certificate (version, period_id, language, snapshot, document_id, created_at,
                  updated_at) values (0, ?, 'fi', ?, ?, now(6), now(6))""", p.getId(), snapshot, doc);
    }

    /** Runs as the account (its roles from the database), restoring the caller's identity afterwards. */
    public <T> T as(String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}

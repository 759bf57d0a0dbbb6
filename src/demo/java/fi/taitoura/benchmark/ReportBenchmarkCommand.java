package fi.taitoura.benchmark;

import fi.taitoura.base.time.Time;
import fi.taitoura.base.command.TaitouraCommand;
import fi.taitoura.demo.DemoSecurity;
import fi.taitoura.reporting.FollowUpReport;
import fi.taitoura.reporting.ReportQuery;
import fi.taitoura.reporting.ReportService;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ./run benchmark-reports [--iterations K] [--months M]}: the team lead's follow-up table and its xlsx at
 * national scale, on the data set of {@code ./run benchmark-ledger} (50,000 trainees, 5,000,000 skill observations,
 * its organisation "Suorituskykytesti"; run that first with the same {@code TAITOURA_DATA_DIR}). Adds once an outcome
 * to every period that has ended (and ends the periods whose planned end has passed), then times the whole report
 * of that organisation over the last M months (default 12) and its xlsx, beside one hand-written SQL aggregate over
 * the same periods and attendance as the baseline.
 */
@Component
class ReportBenchmarkCommand implements TaitouraCommand {

    static final String ORGANISATION = "Suorituskykytesti";

    private final ReportService reports;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final BenchmarkGuard guard;

    ReportBenchmarkCommand(ReportService reports, UserService users, JdbcTemplate jdbc, BenchmarkGuard guard) {
        this.reports = reports;
        this.users = users;
        this.jdbc = jdbc;
        this.guard = guard;
    }

    @Override
    public String name() {
        return "benchmark-reports";
    }

    @Override
    public String description() {
        return "time the follow-up table and its xlsx on the benchmark-ledger data set (50,000 trainees)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        var refused = guard.refusal(args);
        if (refused.isPresent()) {
            out.println(refused.get());
            return 2;
        }
        int iterations = intArg(args, "--iterations", 10);
        int months = intArg(args, "--months", 12);
        Long orgId = jdbc.query("select id from organisation where name = ?", rs -> rs.next() ? rs.getLong(1) : null,
                ORGANISATION);
        if (orgId == null) {
            out.println("No benchmark data set: run ./run benchmark-ledger first with the same TAITOURA_DATA_DIR.");
            return 1;
        }
        prepare(orgId, out);
        long units = jdbc.queryForObject("select count(*) from work_unit where organisation_id = ?", Long.class, orgId);
        long periods = jdbc.queryForObject("select count(*) from report_period where organisation_id = ?", Long.class,
                orgId);
        long attendance = jdbc.queryForObject("select count(*) from attendance a join report_period d "
                + "on d.period_id = a.period_id where d.organisation_id = ?", Long.class, orgId);
        long observations = jdbc.queryForObject("select count(*) from skill_observation o join report_period d "
                + "on d.period_id = o.period_id where d.organisation_id = ?", Long.class, orgId);
        LocalDate to = Time.today();
        LocalDate from = to.minusMonths(months).plusDays(1);
        out.printf("Data set: %,d work units, %,d periods, %,d attendance days, %,d skill observations; range %s – %s%n",
                units, periods, attendance, observations, from, to);

        // the platform administrator (no organisation) reports on the benchmark organisation; "admin" is Esimerkkilä's
        AppUser admin = DemoSecurity.as(systemReader(), () -> users.findByUsername("yllapitaja").orElse(null));
        AppUser viewer = admin != null ? admin : systemReader();
        ReportQuery q = new ReportQuery(orgId, null, null, from, to);
        int[] rows = {0};
        double[] table = time(iterations, () -> DemoSecurity.as(viewer, () -> {
            FollowUpReport r = reports.followUpReport(q);
            rows[0] = r.environments().size();
            return r;
        }));
        int[] size = {0};
        double[] xlsx = time(iterations, () -> DemoSecurity.as(viewer, () -> {
            byte[] b = reports.exportXlsx(q, Locale.of("fi"));
            size[0] = b.length;
            return b;
        }));
        double[] baseline = time(iterations, () -> jdbc.queryForList("""
                select p.work_unit_id,
                       count(distinct case when p.start_date <= ? and coalesce(p.end_date, p.planned_end_date) >= ?
                             then p.trainee_id end) active,
                       count(distinct case when p.start_date between ? and ? then p.id end) started,
                       count(distinct case when p.end_date between ? and ? then p.id end) ended,
                       sum(a.status = 'PRESENT') present, count(a.id) recorded
                from training_period p join work_unit w on w.id = p.work_unit_id
                left join attendance a on a.period_id = p.id and a.day between ? and ?
                where w.organisation_id = ? group by p.work_unit_id""", to, to, from, to, from, to, from, to, orgId));

        out.println();
        out.printf("Follow-up table (%d rows: units, coaches, total; all sections, through the services): "
                + "median %.0f ms, p95 %.0f ms%n", rows[0], table[0], table[1]);
        out.printf("The same as xlsx (%,d bytes, streaming writer):                     median %.0f ms, p95 %.0f ms%n",
                size[0], xlsx[0], xlsx[1]);
        out.printf("  baseline, one hand-written SQL aggregate (periods and attendance per unit): median %.0f ms, "
                + "p95 %.0f ms%n", baseline[0], baseline[1]);
        return 0;
    }

    /** Ends the periods whose planned end has passed and gives every ended period an outcome, once. */
    private void prepare(Long orgId, PrintStream out) {
        Long existing = jdbc.queryForObject("select count(*) from period_outcome o join report_period d "
                + "on d.period_id = o.period_id where d.organisation_id = ?", Long.class, orgId);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.nanoTime();
        int ended = jdbc.update("""
                update training_period p join work_unit w on w.id = p.work_unit_id
                set p.end_date = p.planned_end_date
                where w.organisation_id = ? and p.end_date is null and p.planned_end_date < curdate()""", orgId);
        int added = jdbc.update("""
                insert into period_outcome (version, period_id, trainee_id, outcome, interruption_reason,
                    follow_up_consent, follow_up_state, status_3m, status_3m_on, created_at, updated_at)
                select 0, d.period_id, d.trainee_id,
                       elt(1 + d.period_id % 9, 'EMPLOYMENT', 'SUBSIDISED_WORK', 'EDUCATION', 'WORK_TRIAL',
                           'NEW_PERIOD', 'SOCIAL_REHABILITATION', 'PENSION_OR_HEALTH', 'OTHER', 'INTERRUPTED'),
                       case when d.period_id % 9 = 8 then 'HEALTH' end,
                       d.period_id % 3 <> 0,
                       case when d.period_id % 3 = 0 then 'NONE'
                            when d.end_date < curdate() - interval 3 month then 'DONE' else 'OPEN' end,
                       case when d.period_id % 3 <> 0 and d.end_date < curdate() - interval 3 month
                            then elt(1 + d.period_id % 4, 'EMPLOYMENT', 'EDUCATION', 'OTHER', 'SUBSIDISED_WORK') end,
                       case when d.period_id % 3 <> 0 and d.end_date < curdate() - interval 3 month
                            then d.end_date + interval 3 month end,
                       now(6), now(6)
                from report_period d where d.organisation_id = ? and d.end_date is not null""", orgId);
        out.printf("Prepared: %,d periods ended, %,d outcomes added in %.1f s%n", ended, added,
                (System.nanoTime() - started) / 1e9);
    }

    private static AppUser systemReader() {
        AppUser system = new AppUser();
        system.setUsername("system");
        system.setFullName("Taitoura");
        system.setRoles(Set.of(Role.ADMIN));
        return system;
    }

    /** Median and 95th percentile in milliseconds, after one warm-up run. */
    private static double[] time(int runs, Supplier<?> action) {
        action.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            action.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)]};
    }

    private static int intArg(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : fallback;
    }
}

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
import java.util.Map;
import fi.taitoura.reporting.FollowUpReport.EnvironmentRow;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;

    ReportBenchmarkCommand(ReportService reports, UserService users, JdbcTemplate jdbc, BenchmarkGuard guard,
                           EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions) {
        this.reports = reports;
        this.users = users;
        this.jdbc = jdbc;
        this.guard = guard;
        this.entityManagerFactory = entityManagerFactory;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        out.printf("Load average at start: %s%n", LedgerBenchmarkCommand.loadAverage());
        FollowUpReport[] last = {null};
        Supplier<Object> byService = () -> DemoSecurity.as(viewer, () -> {
            FollowUpReport r = reports.followUpReport(q);
            last[0] = r;
            return r;
        });
        @SuppressWarnings("unchecked")
        Map<String, Long>[] byHand = new Map[] {null};
        Supplier<Object> baseline = () -> byHand[0] = tableByHand(orgId, from, to, viewer);
        LedgerBenchmarkCommand.Timing table = LedgerBenchmarkCommand.interleaved(iterations, byService, baseline);
        LedgerBenchmarkCommand.Profile profile = LedgerBenchmarkCommand.profile(stats, jdbc,
                Math.min(iterations, 5), byService);
        LedgerBenchmarkCommand.Profile baselineProfile = LedgerBenchmarkCommand.profile(stats, jdbc,
                Math.min(iterations, 5), baseline);
        int rows = last[0].environments().size();
        EnvironmentRow total = last[0].environments().getLast();
        Map<String, Long> service = Map.of("active", total.activeTrainees(), "started", total.started(),
                "ended", total.ended(), "present", total.presentDays(), "recorded", total.recordedDays(),
                "shown", total.requirementsShown(), "outcomes", total.outcomesRecorded());
        int[] size = {0};
        double[] xlsx = time(Math.max(3, iterations / 3), () -> DemoSecurity.as(viewer, () -> {
            byte[] b = reports.exportXlsx(q, Locale.of("fi"));
            size[0] = b.length;
            return b;
        }));
        double[] aggregate = time(Math.max(3, iterations / 3), () -> jdbc.queryForList("""
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
        out.printf("Follow-up table (%d rows: units, coaches, total; all sections, through the services; %d reads "
                + "interleaved with the baseline):%n", rows, iterations);
        out.printf("  service:  median %.1f ms, p95 %.1f ms%n", table.service()[0], table.service()[1]);
        out.printf("  baseline: median %.1f ms, p95 %.1f ms (the same rows read by hand: periods with coaches and"
                        + " outcomes, attendance, observations, demonstrations, certificates, summaries; unit names"
                        + " and coach counts; the audit row)%n", table.baseline()[0], table.baseline()[1]);
        out.printf("  ratio: median %.2fx, p95 %.2fx of the baseline (goal: within 2x)%n",
                table.service()[0] / table.baseline()[0], table.service()[1] / table.baseline()[1]);
        out.printf("  the baseline's totals %s the service's: %s%n", service.equals(byHand[0]) ? "match" : "DIFFER from",
                service.equals(byHand[0]) ? service : "service " + service + ", baseline " + byHand[0]);
        out.println("  profile per report: " + profile);
        out.println("  profile of the baseline: " + baselineProfile);
        out.printf("The same as xlsx (%,d bytes, streaming writer):                     median %.0f ms, p95 %.0f ms%n",
                size[0], xlsx[0], xlsx[1]);
        out.printf("  earlier baseline, one hand-written SQL aggregate (periods and attendance per unit): median %.0f"
                + " ms, p95 %.0f ms%n", aggregate[0], aggregate[1]);
        out.printf("Load average at end: %s%n", LedgerBenchmarkCommand.loadAverage());
        return 0;
    }

    private static final String WORK_OR_EDUCATION = "('EMPLOYMENT', 'SUBSIDISED_WORK', 'EDUCATION')";

    /**
     * The follow-up table by hand: the rows the service reads, by hand-written SQL over the tables themselves (the
     * organisation's periods through their work units, no published views, no access policy, no composition), in a
     * read-only transaction; then the audit row of the view in a transaction of its own, as the service's reads are
     * written. Per work unit and coach with rollup, as the table shows them. Returns the grand total's figures (to
     * check that the baseline reads what the service reads).
     */
    private Map<String, Long> tableByHand(Long orgId, LocalDate from, LocalDate to, AppUser user) {
        LocalDate asOf = Time.today().isAfter(to) ? to : Time.today().isBefore(from) ? from : Time.today();
        java.time.ZoneId zone = Time.zone();
        java.time.LocalDateTime fromTs = from.atStartOfDay(zone).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime();
        java.time.LocalDateTime toTs = to.plusDays(1).atStartOfDay(zone).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime();
        String group = " group by p.work_unit_id, coalesce(c.user_id, 0) with rollup";
        String periods = " training_period p join work_unit w on w.id = p.work_unit_id"
                + " left join training_period_coach c on c.period_id = p.id ";
        Map<String, Long> total = new java.util.TreeMap<>();
        long[] groups = {0}; // rows read, so that none of the results can be skipped
        RowCallbackHandler totals = rs -> {
            groups[0]++;
            if (rs.getObject(1) == null) {
                for (int i = 3; i <= rs.getMetaData().getColumnCount(); i++) {
                    total.put(rs.getMetaData().getColumnLabel(i), rs.getLong(i));
                }
            }
        };
        RowCallbackHandler count = rs -> groups[0]++;
        readOnly.executeWithoutResult(s -> {
            // periods and their outcomes in one pass (the service asks two facts services)
            jdbc.query("select p.work_unit_id, coalesce(c.user_id, 0),"
                    + " count(distinct case when p.start_date <= ? and coalesce(p.end_date, p.planned_end_date) >= ?"
                    + "   then p.trainee_id end) active,"
                    + " count(distinct case when p.start_date between ? and ? then p.id end) started,"
                    + " count(distinct case when p.end_date between ? and ? then p.id end) ended,"
                    + " count(distinct case when p.end_date between ? and ? then o.period_id end) outcomes,"
                    + " count(distinct case when p.end_date between ? and ? and o.outcome in " + WORK_OR_EDUCATION
                    + "   then o.period_id end) work_or_education,"
                    + " count(distinct case when p.end_date between ? and ? and o.outcome = 'INTERRUPTED'"
                    + "   then o.period_id end) interrupted,"
                    + " count(distinct case when p.end_date between ? and ? and o.follow_up_consent"
                    + "   then o.period_id end) consent,"
                    + " count(distinct case when p.end_date between ? and ? and o.follow_up_state = 'DONE'"
                    + "   then o.period_id end) done,"
                    + " count(distinct case when p.end_date between ? and ? and o.status_3m in " + WORK_OR_EDUCATION
                    + "   then o.period_id end) work_or_education_3m"
                    + " from" + periods + "left join period_outcome o on o.period_id = p.id"
                    + " where w.organisation_id = ? and p.start_date <= ?"
                    + "   and coalesce(p.end_date, p.planned_end_date) >= ?" + group, totals,
                    asOf, asOf, from, to, from, to, from, to, from, to, from, to, from, to, from, to, from, to, orgId,
                    to, from);
            jdbc.query("select p.status, p.service_form,"
                    + " count(distinct case when p.start_date between ? and ? then p.trainee_id end),"
                    + " count(distinct case when p.start_date between ? and ? then p.id end),"
                    + " count(distinct case when p.end_date between ? and ? then p.trainee_id end),"
                    + " count(distinct case when p.end_date between ? and ? then p.id end)"
                    + " from training_period p join work_unit w on w.id = p.work_unit_id where w.organisation_id = ?"
                    + " and (p.start_date between ? and ? or p.end_date between ? and ?)"
                    + " group by p.status, p.service_form with rollup", count,
                    from, to, from, to, from, to, from, to, orgId, from, to, from, to);
            jdbc.query("select p.status, p.service_form, o.outcome, o.status_3m, o.follow_up_state, count(*)"
                    + " from training_period p join work_unit w on w.id = p.work_unit_id"
                    + " left join period_outcome o on o.period_id = p.id"
                    + " where w.organisation_id = ? and p.end_date between ? and ?"
                    + " group by p.status, p.service_form, o.outcome, o.status_3m, o.follow_up_state", count,
                    orgId, from, to);
            jdbc.query("select p.work_unit_id, coalesce(c.user_id, 0),"
                    + " count(distinct case when a.status = 'PRESENT' then a.id end) present,"
                    + " count(distinct a.id) recorded"
                    + " from attendance a join" + periods + "on p.id = a.period_id"
                    + " where w.organisation_id = ? and a.day between ? and ?" + group, totals, orgId, from, to);
            jdbc.query("select p.work_unit_id, coalesce(c.user_id, 0),"
                    + " count(distinct o.period_id, o.requirement_id) shown"
                    + " from skill_observation o join" + periods + "on p.id = o.period_id"
                    + " where w.organisation_id = ? and o.day between ? and ?" + group, totals, orgId, from, to);
            jdbc.query("select p.work_unit_id, coalesce(c.user_id, 0), count(distinct m.id),"
                    + " count(distinct case when x.overall_grade > 0 then m.id end),"
                    + " count(distinct case when x.overall_grade > 0 then concat(m.trainee_id, '-', m.unit_id) end)"
                    + " from demonstration m join demonstration_assessment x on x.demonstration_id = m.id"
                    + "   and x.signed_at is not null and x.superseded = false"
                    + " join" + periods + "on p.id = m.period_id"
                    + " where w.organisation_id = ? and m.status = 'ASSESSED' and x.assessed_on between ? and ?"
                    + group, count, orgId, from, to);
            jdbc.query("select p.work_unit_id, coalesce(c.user_id, 0), count(distinct cc.period_id),"
                    + " count(distinct cc.period_id, u.unit_id)"
                    + " from competence_certificate cc join issued_document d on d.id = cc.document_id"
                    + "   and d.status = 'CURRENT'"
                    + " left join json_table(cc.snapshot, '$.units[*]' columns (unit_id bigint path '$.unitId')) u"
                    + "   on true"
                    + " join" + periods + "on p.id = cc.period_id"
                    + " where w.organisation_id = ? and d.issued_at >= ? and d.issued_at < ?" + group, count,
                    orgId, fromTs, toTs);
            jdbc.query("select p.work_unit_id, coalesce(c.user_id, 0), count(distinct s.period_id),"
                    + " count(distinct case when p.referrer_user_id is not null or sd.id is not null"
                    + "   then s.period_id end)"
                    + " from (select ps.period_id, min(ps.finalised_at) first_finalised from period_summary ps"
                    + "       where ps.state in ('FINALISED', 'SUPERSEDED') group by ps.period_id) s"
                    + " left join period_summary ps2 on ps2.period_id = s.period_id"
                    + " left join summary_delivery sd on sd.summary_id = ps2.id"
                    + " join" + periods + "on p.id = s.period_id"
                    + " where w.organisation_id = ? and s.first_finalised >= ? and s.first_finalised < ?" + group,
                    count, orgId, fromTs, toTs);
            // the units' names and capacity, their coaches counted, the coaches' names
            jdbc.query("select w.id, w.name, w.trainees_per_coach, o.name from work_unit w"
                    + " join organisation o on o.id = w.organisation_id where w.organisation_id = ?", count, orgId);
            jdbc.query("select l.work_unit_id, count(distinct u.id) from app_user_work_unit l"
                    + " join app_user u on u.id = l.user_id and u.active = true"
                    + " join app_user_role r on r.user_id = u.id and r.role = 'COACH'"
                    + " join work_unit w on w.id = l.work_unit_id where w.organisation_id = ?"
                    + " group by l.work_unit_id", count, orgId);
            jdbc.query("select u.id, u.full_name from app_user u where u.id in (select distinct c.user_id"
                    + " from training_period_coach c join training_period p on p.id = c.period_id"
                    + " join work_unit w on w.id = p.work_unit_id where w.organisation_id = ?)", count, orgId);
        });
        tx.executeWithoutResult(s -> jdbc.update("""
                insert into audit_log (occurred_at, actor_user_id, actor, action, entity_type, entity_id,
                  trainee_id, organisation_id, actor_organisation_id, details)
                values (now(6), ?, ?, 'READ', 'FollowUpReport', null, null, null, ?, ?)""", user.getId(),
                user.getUsername(), user.getOrganisationId(), new ReportQuery(orgId, null, null, from, to)
                        .auditDetails()));
        Map<String, Long> result = new java.util.HashMap<>();
        for (String figure : List.of("active", "started", "ended", "present", "recorded", "shown", "outcomes")) {
            result.put(figure, total.getOrDefault(figure, 0L));
        }
        return result;
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

package fi.taitoura.benchmark;

import fi.taitoura.base.time.Time;
import fi.taitoura.documentation.*;
import fi.taitoura.base.command.TaitouraCommand;
import fi.taitoura.catalogue.CatalogueImportService;
import fi.taitoura.security.SystemAuthentication;
import fi.taitoura.demo.DemoSecurity;
import fi.taitoura.documentation.DayRecords.DayEntry;
import fi.taitoura.documentation.DayRecords.ObservationEntry;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * {@code ./run benchmark-ledger [--trainees N] [--observations M] [--iterations K]}: generates a national-scale
 * data set once (default 50,000 trainees and 5,000,000 skill observations; run it against its own database, e.g.
 * {@code TAITOURA_DATA_DIR=target/benchmark}), then measures the server time of opening a trainee's competence
 * ledger and of saving a coach's day for 12 trainees, each beside a hand-written SQL baseline doing the same work.
 */
@Component
class LedgerBenchmarkCommand implements TaitouraCommand {

    static final String ORGANISATION = "Suorituskykytesti";
    private static final int TRAINEES_PER_UNIT = 100;
    private static final int TASKS_PER_UNIT = 8;
    private static final int DAY_GROUP = 12;
    private static final String COACH_PREFIX = "benchmark-coach-";

    private final DocumentationService service;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BenchmarkGuard guard;
    private final CatalogueImportService catalogue;
    private final TransactionTemplate readOnly;
    private final EntityManagerFactory entityManagerFactory;

    LedgerBenchmarkCommand(DocumentationService service, UserService users, JdbcTemplate jdbc,
                           PlatformTransactionManager transactions, BenchmarkGuard guard,
                           CatalogueImportService catalogue, EntityManagerFactory entityManagerFactory) {
        this.service = service;
        this.users = users;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.entityManagerFactory = entityManagerFactory;
        this.guard = guard;
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "benchmark-ledger";
    }

    @Override
    public String description() {
        return "generate 50,000 trainees / 5M observations and time the ledger read and a 12-trainee day save"
                + " (embedded database only, or --force)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        var refused = guard.refusal(args);
        if (refused.isPresent()) {
            out.println(refused.get());
            return 2;
        }
        int trainees = intArg(args, "--trainees", 50_000);
        long observations = longArg(args, "--observations", 5_000_000L);
        int iterations = intArg(args, "--iterations", 200);
        long started = System.nanoTime();
        Long orgId = jdbc.query("select id from organisation where name = ?", rs -> rs.next() ? rs.getLong(1) : null,
                ORGANISATION);
        if (orgId == null) {
            out.printf("Generating %,d trainees and %,d skill observations...%n", trainees, observations);
            generate(trainees, observations, out);
            out.printf("Generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        long traineeCount = jdbc.queryForObject("""
                select count(*) from trainee t join organisation o on o.id = t.organisation_id where o.name = ?""",
                Long.class, ORGANISATION);
        long observationCount = jdbc.queryForObject("""
                select count(*) from skill_observation s join training_period p on p.id = s.period_id
                join trainee t on t.id = p.trainee_id join organisation o on o.id = t.organisation_id
                where o.name = ?""", Long.class, ORGANISATION);
        out.printf("Data set: %,d trainees, %,d skill observations%n", traineeCount, observationCount);

        List<Map<String, Object>> periodRows = jdbc.queryForList("""
                select p.id, u.username from training_period p join trainee t on t.id = p.trainee_id
                join organisation o on o.id = t.organisation_id
                join app_user_work_unit l on l.work_unit_id = p.work_unit_id join app_user u on u.id = l.user_id
                where o.name = ? and coalesce(p.end_date, p.planned_end_date) >= curdate()
                order by p.id""", ORGANISATION); // running periods: a coach's access ends after the period (ADR 0023)
        Random random = new Random(7);
        int samples = iterations + Math.max(5, iterations / 5);
        Map<String, AppUser> coaches = new HashMap<>();
        List<Object[]> sample = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            Map<String, Object> row = periodRows.get(random.nextInt(periodRows.size()));
            AppUser coach = coaches.computeIfAbsent((String) row.get("username"),
                    u -> DemoSecurity.as(systemReader(), () -> users.findByUsername(u).orElseThrow()));
            sample.add(new Object[] {((Number) row.get("id")).longValue(), coach});
        }
        int[] next = {0};
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        out.printf("Load average at start: %s%n", loadAverage());

        // 1. ledger read through the service (access check, aggregation, audit) vs the same work by hand: the access
        //    check as one query, the ledger rows (requirements of the target units with their names, the aggregates,
        //    task names) as one query, in a read-only transaction, then the service's audit rows in one transaction
        Supplier<Object> ledgerByService = () -> {
            Object[] s = sample.get(next[0]++ % sample.size());
            return DemoSecurity.as((AppUser) s[1], () -> service.ledger((Long) s[0]));
        };
        Supplier<Object> ledgerByHand = () -> {
            Object[] s = sample.get(next[0]++ % sample.size());
            return ledgerByHand((Long) s[0], (AppUser) s[1]);
        };
        Timing ledger = interleaved(iterations, ledgerByService, ledgerByHand);
        Profile ledgerProfile = profile(stats, jdbc, Math.min(iterations, 50), ledgerByService);
        Profile ledgerBaselineProfile = profile(stats, jdbc, Math.min(iterations, 50), ledgerByHand);

        // 2. a coach's day for 12 trainees through the service vs the same rows written by hand (the access check,
        //    the existing record looked up, attendance, tasks done, observations, one audit row per trainee)
        int saveRuns = Math.min(iterations, 150);
        int profileRuns = Math.min(saveRuns, 20);
        // the service and the baseline each write a day per warm-up and timed run, the profile a day per run
        DayGroup day = dayGroup(2 * (saveRuns + Math.max(5, saveRuns / 5)) + 2 * profileRuns + 10);
        List<Long> group = day.periods();
        Long unitId = day.unitId();
        List<Map<String, Object>> taskRows = jdbc.queryForList(
                "select t.id task, m.requirement_id req from training_task t join training_task_requirement m "
                        + "on m.task_id = t.id where t.work_unit_id = ? order by t.id, m.requirement_id", unitId);
        Map<Long, List<Long>> taskReqs = new HashMap<>();
        taskRows.forEach(r -> taskReqs.computeIfAbsent(((Number) r.get("task")).longValue(), k -> new ArrayList<>())
                .add(((Number) r.get("req")).longValue()));
        List<Long> taskIds = new ArrayList<>(taskReqs.keySet());
        AppUser coach = DemoSecurity.as(systemReader(), () -> users.findByUsername(jdbc.queryForObject(
                "select u.username from app_user u join app_user_work_unit l on l.user_id = u.id "
                        + "where l.work_unit_id = ? order by u.id limit 1", String.class, unitId)).orElseThrow());
        java.util.Iterator<LocalDate> freeDays = day.freeDays().iterator();
        Supplier<List<DayEntry>> entries = () -> {
            List<DayEntry> list = new ArrayList<>();
            for (Long p : group) {
                Long t1 = taskIds.get(random.nextInt(taskIds.size()));
                Long t2 = taskIds.get(random.nextInt(taskIds.size()));
                Set<Long> ts = new LinkedHashSet<>(List.of(t1, t2));
                List<ObservationEntry> obs = new ArrayList<>();
                Set<Long> seen = new LinkedHashSet<>();
                for (Long t : ts) {
                    for (Long r : taskReqs.get(t)) {
                        if (seen.add(r)) {
                            obs.add(new ObservationEntry(r, t, IndependenceLevel.PARTLY_INDEPENDENT, null));
                        }
                    }
                }
                list.add(new DayEntry(p, -1, AttendanceStatus.PRESENT, null, null, ts, obs));
            }
            return list;
        };
        Supplier<Object> saveByService = () -> {
            LocalDate d = freeDays.next();
            List<DayEntry> list = entries.get();
            return DemoSecurity.as(coach, () -> service.saveDay(d, list));
        };
        Supplier<Object> saveByHand = () -> saveByHand(freeDays.next(), entries.get(), coach);
        Timing save = interleaved(saveRuns, saveByService, saveByHand);
        Profile saveProfile = profile(stats, jdbc, profileRuns, saveByService);
        Profile saveBaselineProfile = profile(stats, jdbc, profileRuns, saveByHand);

        out.println();
        out.printf("Opening a trainee's ledger (server time, %d reads, interleaved with the baseline):%n", iterations);
        out.printf("  service:  median %.1f ms, p95 %.1f ms%n", ledger.service()[0], ledger.service()[1]);
        out.printf("  baseline: median %.1f ms, p95 %.1f ms (access check, ledger rows, the 2 audit rows, by hand)%n",
                ledger.baseline()[0], ledger.baseline()[1]);
        out.printf("  ratio: median %.2fx, p95 %.2fx of the baseline (goal: within 2x)%n",
                ledger.service()[0] / ledger.baseline()[0], ledger.service()[1] / ledger.baseline()[1]);
        out.println("  profile per read: " + ledgerProfile);
        out.println("  profile of the baseline: " + ledgerBaselineProfile);
        out.printf("Saving a coach's day for %d trainees (%d saves, interleaved with the baseline):%n", group.size(),
                saveRuns);
        out.printf("  service:  median %.1f ms, p95 %.1f ms%n", save.service()[0], save.service()[1]);
        out.printf("  baseline: median %.1f ms, p95 %.1f ms (access checks, the same rows and %d audit rows, by hand)%n",
                save.baseline()[0], save.baseline()[1], group.size());
        out.printf("  ratio: median %.2fx, p95 %.2fx of the baseline (goal: within 2x)%n",
                save.service()[0] / save.baseline()[0], save.service()[1] / save.baseline()[1]);
        out.println("  profile per save: " + saveProfile);
        out.println("  profile of the baseline: " + saveBaselineProfile);
        out.printf("Load average at end: %s%n", loadAverage());
        return 0;
    }

    // ------------------------------------------------------------------ baselines: the same work by hand

    /**
     * The ledger by hand: the access rule of a coach (organisation, coach of the period or of its unit, within the
     * time limit) and the period's trainee in one query; the ledger rows in one query; the two audit rows the service
     * writes (the period read, the ledger read) in a transaction of their own, as the service does.
     */
    private Object ledgerByHand(Long periodId, AppUser user) {
        Object rows = readOnly.execute(s -> {
            Long trainee = jdbc.query("""
                    select p.trainee_id from training_period p join work_unit w on w.id = p.work_unit_id
                    where p.id = ? and w.organisation_id = ?
                      and coalesce(p.end_date, p.planned_end_date) >= curdate() - interval 90 day
                      and (exists (select 1 from training_period_coach c where c.period_id = p.id and c.user_id = ?)
                           or exists (select 1 from app_user_work_unit l where l.user_id = ?
                                      and l.work_unit_id = p.work_unit_id))""",
                    rs -> rs.next() ? rs.getLong(1) : null, periodId, user.getOrganisationId(), user.getId(),
                    user.getId());
            if (trainee == null) {
                throw new IllegalStateException("baseline refused " + periodId);
            }
            List<Map<String, Object>> ledger = jdbc.queryForList("""
                    select r.id, r.text_fi, r.text_sv, r.text_en, a.name_fi, a.name_sv, a.name_en, u.id, u.code,
                           u.name_fi, u.name_sv, u.name_en, q.name_fi, q.name_sv, q.name_en,
                           min(o.day), max(o.day), count(o.id),
                           max(case o.level when 'INDEPENDENT' then 3 when 'PARTLY_INDEPENDENT' then 2
                               when 'WITH_GUIDANCE' then 1 end),
                           min(case when o.level = 'INDEPENDENT' then o.day end), group_concat(distinct tt.name)
                    from skill_requirement r
                    join requirement_area a on a.id = r.area_id
                    join qualification_unit u on u.id = r.unit_id
                    join qualification q on q.id = u.qualification_id
                    join training_period_target_unit tu on tu.unit_id = r.unit_id and tu.period_id = ?
                    left join skill_observation o on o.requirement_id = r.id and o.period_id = ?
                    left join training_task tt on tt.id = o.task_id
                    where r.current = true group by r.id order by u.sort_order, a.sort_order, r.sort_order""",
                    periodId, periodId);
            return new Object[] {trainee, ledger};
        });
        Long trainee = (Long) ((Object[]) rows)[0];
        tx.executeWithoutResult(s -> {
            for (String type : List.of("TrainingPeriod", "Ledger")) {
                jdbc.update("""
                        insert into audit_log (occurred_at, actor_user_id, actor, action, entity_type, entity_id,
                          trainee_id, organisation_id, actor_organisation_id)
                        values (now(6), ?, ?, 'READ', ?, ?, ?, ?, ?)""", user.getId(), user.getUsername(), type,
                        periodId, trainee, user.getOrganisationId(), user.getOrganisationId());
            }
        });
        return rows;
    }

    /**
     * A day by hand, in one transaction: per trainee the access rule of a coach and the period's trainee in one
     * query, the existing record of the day looked up, the attendance row, its tasks and observations (batched), and
     * the audit row of the change.
     */
    private Object saveByHand(LocalDate day, List<DayEntry> entries, AppUser user) {
        Long org = user.getOrganisationId();
        return tx.execute(s -> {
            for (DayEntry e : entries) {
                Long trainee = jdbc.query("""
                        select p.trainee_id from training_period p join work_unit w on w.id = p.work_unit_id
                        where p.id = ? and w.organisation_id = ? and p.start_date <= ?
                          and coalesce(p.end_date, p.planned_end_date) >= ?
                          and (exists (select 1 from training_period_coach c where c.period_id = p.id and c.user_id = ?)
                               or exists (select 1 from app_user_work_unit l where l.user_id = ?
                                          and l.work_unit_id = p.work_unit_id))""",
                        rs -> rs.next() ? rs.getLong(1) : null, e.periodId(), org, day, day, user.getId(),
                        user.getId());
                if (trainee == null) {
                    throw new IllegalStateException("baseline refused " + e.periodId());
                }
                if (!jdbc.queryForList("select id, version from attendance where period_id = ? and day = ?",
                        e.periodId(), day).isEmpty()) {
                    throw new IllegalStateException("day already recorded");
                }
                jdbc.update("insert into attendance (version, period_id, day, status, recorded_by, created_at, "
                        + "updated_at) values (0, ?, ?, 'PRESENT', ?, now(6), now(6))", e.periodId(), day, user.getId());
                Long a = jdbc.queryForObject("select last_insert_id()", Long.class);
                jdbc.batchUpdate("insert into task_done (attendance_id, task_id) values (?, ?)",
                        e.taskIds().stream().map(t -> new Object[] {a, t}).toList());
                jdbc.batchUpdate("insert into skill_observation (attendance_id, period_id, day, requirement_id, "
                                + "task_id, level) values (?, ?, ?, ?, ?, ?)",
                        e.observations().stream().map(o -> new Object[] {a, e.periodId(), day, o.requirementId(),
                                o.taskId(), o.level().name()}).toList());
                jdbc.update("""
                        insert into audit_log (occurred_at, actor_user_id, actor, action, entity_type, entity_id,
                          trainee_id, organisation_id, actor_organisation_id, details)
                        values (now(6), ?, ?, 'CREATE', 'Attendance', ?, ?, ?, ?, ?)""", user.getId(),
                        user.getUsername(), a, trainee, org, org, "day=" + day + ";fields=status,tasks,skills");
            }
            return null;
        });
    }

    /** A unit's 12 running periods and days on which none of them has a record yet (so that re-runs write anew). */
    private record DayGroup(Long unitId, List<Long> periods, List<LocalDate> freeDays) {
    }

    private DayGroup dayGroup(int daysNeeded) {
        List<Long> units = jdbc.queryForList("select w.id from work_unit w join organisation o on "
                + "o.id = w.organisation_id where o.name = ? order by w.id", Long.class, ORGANISATION);
        for (Long unit : units) {
            List<Long> group = jdbc.queryForList("""
                    select id from training_period where work_unit_id = ? and start_date <= curdate()
                      and planned_end_date >= curdate() and end_date is null order by id limit ?""",
                    Long.class, unit, DAY_GROUP);
            if (group.size() < DAY_GROUP) {
                continue;
            }
            String ids = group.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
            LocalDate start = jdbc.queryForObject("select max(start_date) from training_period where id in (" + ids
                    + ")", LocalDate.class);
            Set<LocalDate> taken = new java.util.HashSet<>(jdbc.queryForList("select distinct day from attendance "
                    + "where period_id in (" + ids + ")", LocalDate.class));
            List<LocalDate> free = new ArrayList<>();
            for (LocalDate d = Time.today().minusDays(1); !d.isBefore(start) && free.size() < daysNeeded;
                 d = d.minusDays(1)) {
                if (!taken.contains(d)) {
                    free.add(d);
                }
            }
            if (free.size() >= daysNeeded) {
                return new DayGroup(unit, group, free);
            }
        }
        throw new IllegalStateException("No work unit has " + DAY_GROUP + " running periods with " + daysNeeded
                + " unrecorded days left: generate a new data set");
    }

    // ------------------------------------------------------------------ timing and profile

    /** Medians and 95th percentiles (ms) of the service and of its baseline, measured turn about. */
    record Timing(double[] service, double[] baseline) {
    }

    /**
     * Runs the service and the baseline turn about (after a warm-up of a fifth of the runs each), so that the load
     * of a shared machine falls on both alike.
     */
    static Timing interleaved(int runs, Supplier<?> service, Supplier<?> baseline) {
        for (int i = 0; i < Math.max(5, runs / 5); i++) {
            service.get();
            baseline.get();
        }
        double[] a = new double[runs];
        double[] b = new double[runs];
        for (int i = 0; i < runs; i++) {
            boolean serviceFirst = i % 2 == 0;
            if (serviceFirst) {
                a[i] = timed(service);
            }
            b[i] = timed(baseline);
            if (!serviceFirst) {
                a[i] = timed(service);
            }
        }
        return new Timing(percentiles(a), percentiles(b));
    }

    private static double timed(Supplier<?> action) {
        long t = System.nanoTime();
        action.get();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double[] percentiles(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return new double[] {sorted[n / 2], sorted[Math.min(n - 1, (int) Math.ceil(n * 0.95) - 1)]};
    }

    /**
     * What a call cost, averaged over {@code runs} calls: the statements the database received (MariaDB's global
     * {@code Questions}: every round trip, including JdbcTemplate queries, JDBC batches and transaction control such as
     * {@code set autocommit} and {@code commit}; the benchmark's database has no other client, but a scheduled job
     * of the application could add a few), then Hibernate's statistics of the whole application.
     */
    record Profile(double dbStatements, double statements, double queries, double entitiesLoaded,
                   double collectionsFetched, double entitiesInserted, double flushes, double transactions,
                   double connections, double ms) {
        @Override
        public String toString() {
            return String.format("%.1f statements received by the database (round trips, transaction control"
                            + " included), %.1f JDBC statements prepared by Hibernate (%.1f JPQL/SQL queries),"
                            + " %.1f entities loaded, %.1f collections fetched, %.1f entities inserted, %.1f flushes,"
                            + " %.1f transactions, %.1f connections obtained; mean %.1f ms",
                    dbStatements, statements, queries, entitiesLoaded, collectionsFetched, entitiesInserted, flushes,
                    transactions, connections, ms);
        }
    }

    static Profile profile(Statistics stats, JdbcTemplate jdbc, int runs, Supplier<?> action) {
        stats.setStatisticsEnabled(true);
        long questions = questions(jdbc);
        stats.clear();
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            action.get();
        }
        double ms = (System.nanoTime() - t) / 1e6 / runs;
        double n = runs;
        long after = questions(jdbc);
        // the second look-up counts itself
        double db = questions < 0 || after < 0 ? Double.NaN : (after - questions - 1) / n;
        return new Profile(db, stats.getPrepareStatementCount() / n, stats.getQueryExecutionCount() / n,
                stats.getEntityLoadCount() / n, stats.getCollectionFetchCount() / n,
                stats.getEntityInsertCount() / n, stats.getFlushCount() / n, stats.getTransactionCount() / n,
                stats.getConnectCount() / n, ms);
    }

    /** MariaDB's count of statements received from clients since it started, or -1 if it cannot be read. */
    private static long questions(JdbcTemplate jdbc) {
        try {
            Long n = jdbc.queryForObject("select variable_value from information_schema.global_status"
                    + " where variable_name = 'QUESTIONS'", Long.class);
            return n == null ? -1 : n;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** A user that may read accounts, for preparing the samples outside the timed part. */
    private static AppUser systemReader() {
        AppUser system = new AppUser();
        system.setUsername("system");
        system.setFullName("Taitoura");
        system.setRoles(Set.of(Role.ADMIN));
        return system;
    }

    // ------------------------------------------------------------------ data generator

    private void generate(int trainees, long observations, PrintStream out) {
        if (catalogue.isCatalogueEmpty()) {
            out.println("The catalogue is empty: importing the catalogue shipped with Taitoura first...");
            SystemAuthentication.call(catalogue::importBundled);
        }
        List<Map<String, Object>> reqs = jdbc.queryForList("""
                select r.id, r.unit_id from skill_requirement r join qualification_unit u on u.id = r.unit_id
                where r.current = true and u.parent_unit_id is null order by r.unit_id, r.id""");
        if (reqs.size() < 20) {
            throw new IllegalStateException("The catalogue has too few requirements: import more (./run catalogue-import)");
        }
        Map<Long, List<Long>> byUnit = new HashMap<>();
        reqs.forEach(r -> byUnit.computeIfAbsent(((Number) r.get("unit_id")).longValue(), k -> new ArrayList<>())
                .add(((Number) r.get("id")).longValue()));
        List<Long> catalogueUnits = byUnit.entrySet().stream().filter(e -> e.getValue().size() >= 8)
                .map(Map.Entry::getKey).sorted().toList();
        Random random = new Random(42);
        int units = Math.max(1, trainees / TRAINEES_PER_UNIT);
        int observationsPerPeriod = (int) Math.max(4, observations / trainees);
        int perDay = 4;
        int daysPerPeriod = Math.max(1, observationsPerPeriod / 3);

        jdbc.execute((ConnectionCallback<Void>) con -> {
            boolean autoCommit = con.getAutoCommit();
            con.setAutoCommit(false);
            try (Statement st = con.createStatement()) {
                st.execute("SET FOREIGN_KEY_CHECKS = 0");
                st.execute("SET UNIQUE_CHECKS = 0");
                st.executeUpdate("insert into organisation (version, name, type, municipality, active, created_at, "
                        + "updated_at) values (0, '" + ORGANISATION + "', 'MUNICIPALITY', 'Testilä', true, now(6), "
                        + "now(6))");
                long org = lastId(st);
                long unit0 = nextId(st, "work_unit");
                Rows unitRows = new Rows(con, "insert into work_unit (id, version, organisation_id, name, active, "
                        + "created_at, updated_at) values ");
                for (int u = 0; u < units; u++) {
                    unitRows.add("(" + (unit0 + u) + ",0," + org + ",'Testiyksikkö " + (u + 1) + "',true,now(6),now(6))");
                }
                unitRows.flush();
                // one coach per unit, as in life; the password hash is unusable, so nobody can sign in as them
                long coach0 = nextId(st, "app_user");
                Rows coachUsers = new Rows(con, "insert into app_user (id, version, username, full_name, password_hash, "
                        + "active, organisation_id, created_at, updated_at) values ");
                Rows roles = new Rows(con, "insert into app_user_role (user_id, role) values ");
                Rows links = new Rows(con, "insert into app_user_work_unit (user_id, work_unit_id) values ");
                for (int u = 0; u < units; u++) {
                    long c = coach0 + u;
                    coachUsers.add("(" + c + ",0,'" + COACH_PREFIX + (u + 1) + "','Testivalmentaja " + (u + 1)
                            + "','!',true," + org + ",now(6),now(6))");
                    roles.add("(" + c + ",'COACH')");
                    links.add("(" + c + "," + (unit0 + u) + ")");
                }
                coachUsers.flush();
                roles.flush();
                links.flush();

                long task0 = nextId(st, "training_task");
                Map<Long, long[]> unitTasks = new HashMap<>();
                Map<Long, List<Long>> taskReqs = new HashMap<>();
                Map<Long, Long> unitTarget = new HashMap<>();
                Rows taskRows = new Rows(con, "insert into training_task (id, version, work_unit_id, name, "
                        + "difficulty, active, created_at, updated_at) values ");
                Rows mapRows = new Rows(con, "insert into training_task_requirement (task_id, requirement_id) values ");
                long taskId = task0;
                for (int u = 0; u < units; u++) {
                    long unitId = unit0 + u;
                    Long target = catalogueUnits.get(u % catalogueUnits.size());
                    unitTarget.put(unitId, target);
                    List<Long> pool = byUnit.get(target);
                    long[] ids = new long[TASKS_PER_UNIT];
                    for (int t = 0; t < TASKS_PER_UNIT; t++) {
                        ids[t] = taskId;
                        taskRows.add("(" + taskId + ",0," + unitId + ",'Tehtävä " + (t + 1) + "','BASIC',true,now(6),"
                                + "now(6))");
                        List<Long> mapped = new ArrayList<>();
                        for (int k = 0; k < 3; k++) {
                            Long r = pool.get((t * 3 + k) % pool.size());
                            if (!mapped.contains(r)) {
                                mapped.add(r);
                                mapRows.add("(" + taskId + "," + r + ")");
                            }
                        }
                        taskReqs.put(taskId, mapped);
                        taskId++;
                    }
                    unitTasks.put(unitId, ids);
                }
                taskRows.flush();
                mapRows.flush();

                long trainee0 = nextId(st, "trainee");
                long period0 = nextId(st, "training_period");
                long attendance0 = nextId(st, "attendance");
                Rows traineeRows = new Rows(con, "insert into trainee (id, version, organisation_id, first_name, "
                        + "last_name, date_of_birth, created_at, updated_at) values ");
                Rows periodRows = new Rows(con, "insert into training_period (id, version, trainee_id, work_unit_id, "
                        + "status, service_form, start_date, planned_end_date, days_per_week, hours_per_day, "
                        + "created_at, updated_at) values ");
                Rows targetRows = new Rows(con, "insert into training_period_target_unit (period_id, unit_id) values ");
                Rows coachRows = new Rows(con, "insert into training_period_coach (period_id, user_id) values ");
                Rows attendanceRows = new Rows(con, "insert into attendance (id, version, period_id, day, status, "
                        + "recorded_by, created_at, updated_at) values ");
                Rows doneRows = new Rows(con, "insert into task_done (attendance_id, task_id) values ");
                Rows observationRows = new Rows(con, "insert into skill_observation (attendance_id, period_id, day, "
                        + "requirement_id, task_id, level) values ");
                long attendanceId = attendance0;
                LocalDate today = Time.today();
                for (int i = 0; i < trainees; i++) {
                    long trainee = trainee0 + i;
                    long period = period0 + i;
                    long unitId = unit0 + (i % units);
                    boolean running = i % units == 0 && i / units < 20;
                    LocalDate start = running ? today.minusYears(3)
                            : today.minusDays(200 + random.nextInt(1000));
                    LocalDate end = running ? today.plusMonths(3) : start.plusDays(daysPerPeriod * 2L + 30);
                    traineeRows.add("(" + trainee + ",0," + org + ",'Testi" + i + "','Henkilö',DATE'"
                            + LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28) + "',now(6),now(6))");
                    periodRows.add("(" + period + ",0," + trainee + "," + unitId + ",'REHABILITATIVE_WORK_ACTIVITY',"
                            + "'WORK_AND_EDUCATION',DATE'" + start + "',DATE'" + end + "',4,5.0,now(6),now(6))");
                    targetRows.add("(" + period + "," + unitTarget.get(unitId) + ")");
                    long coach = coach0 + (i % units);
                    coachRows.add("(" + period + "," + coach + ")");
                    long[] tasks = unitTasks.get(unitId);
                    // days every other weekday until the period has its share of observations
                    int shown = 0;
                    for (int d = 0; shown < observationsPerPeriod; d++) {
                        LocalDate day = start.plusDays(d * 2L);
                        long a = attendanceId++;
                        attendanceRows.add("(" + a + ",0," + period + ",DATE'" + day + "','PRESENT'," + coach
                                + ",now(6),now(6))");
                        long t1 = tasks[random.nextInt(tasks.length)];
                        long t2 = tasks[random.nextInt(tasks.length)];
                        doneRows.add("(" + a + "," + t1 + ")");
                        if (t2 != t1) {
                            doneRows.add("(" + a + "," + t2 + ")");
                        }
                        Set<Long> seen = new LinkedHashSet<>();
                        String level = shown < observationsPerPeriod / 3 ? "WITH_GUIDANCE"
                                : shown < 2 * observationsPerPeriod / 3 ? "PARTLY_INDEPENDENT" : "INDEPENDENT";
                        for (long t : new long[] {t1, t2}) {
                            for (Long r : taskReqs.get(t)) {
                                if (seen.size() < perDay && shown < observationsPerPeriod && seen.add(r)) {
                                    observationRows.add("(" + a + "," + period + ",DATE'" + day + "'," + r + "," + t
                                            + ",'" + level + "')");
                                    shown++;
                                }
                            }
                        }
                    }
                    if (i % 5000 == 4999) {
                        con.commit();
                        out.printf("  %,d trainees...%n", i + 1);
                    }
                }
                for (Rows r : List.of(traineeRows, periodRows, targetRows, coachRows, attendanceRows, doneRows,
                        observationRows)) {
                    r.flush();
                }
                st.execute("SET UNIQUE_CHECKS = 1");
                st.execute("SET FOREIGN_KEY_CHECKS = 1");
                con.commit();
            } catch (Exception e) {
                con.rollback();
                throw new IllegalStateException("Generating the data set failed: " + e.getMessage(), e);
            } finally {
                con.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    private static long lastId(Statement st) throws java.sql.SQLException {
        try (var rs = st.executeQuery("select last_insert_id()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long nextId(Statement st, String table) throws java.sql.SQLException {
        try (var rs = st.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Multi-row INSERT statements of up to 2,000 rows each. */
    private static final class Rows {
        private final Connection con;
        private final String head;
        private final StringBuilder sql = new StringBuilder();
        private int count;

        Rows(Connection con, String head) {
            this.con = con;
            this.head = head;
        }

        void add(String row) throws java.sql.SQLException {
            sql.append(count == 0 ? head : ",").append(row);
            if (++count == 2000) {
                flush();
            }
        }

        void flush() throws java.sql.SQLException {
            if (count > 0) {
                try (Statement st = con.createStatement()) {
                    st.executeUpdate(sql.toString());
                }
                sql.setLength(0);
                count = 0;
            }
        }
    }

    private static int intArg(List<String> args, String name, int fallback) {
        return (int) longArg(args, name, fallback);
    }

    private static long longArg(List<String> args, String name, long fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Long.parseLong(args.get(i + 1).replace("_", "")) : fallback;
    }
}

package fi.taitoura.loadtest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Load test against a running Taitoura (ops/loadtest.sh starts one in production mode on localhost): N simulated users
 * at once, as many coaches (open the day, save it, open a trainee's ledger) as teachers (open a demonstration's
 * evidence) and career agents (open a summary) in the proportion 3:1:1, each waiting a think time between actions.
 * Each round runs a bounded time; then the heap the signed-in sessions hold is measured, and they sign out.
 * Prints throughput and p50/p95/p99 per action, and errors.
 */
public final class LoadTest {

    private record Options(String base, List<Integer> users, Duration duration, Duration think, long serverPid,
                           List<String> coaches, Map<String, List<String>> periods, List<String> demonstrations,
                           List<String> summaries, String password, List<String> kinds, int kindUsers,
                           Duration kindDuration, String windows) {
    }

    /** The measured action kinds, as the table names them (a single-kind round names one of them). */
    static final List<String> KINDS = List.of("coach: open day", "coach: save day", "coach: open ledger",
            "teacher: open evidence", "career agent: open summary");

    private static final class Action {
        final Recorder recorder = new Recorder(60_000, 3);
        final Histogram total = new Histogram(60_000, 3);
        final AtomicLong errors = new AtomicLong();
        final Map<String, AtomicLong> reasons = new ConcurrentHashMap<>();
    }

    private final Options options;
    /** The one action kind every user does in a single-kind round, or null: the mix of the roles. */
    private final String only;
    private final Map<String, Action> actions = new ConcurrentHashMap<>();
    private final ServerCpu cpu;

    private LoadTest(Options options, String only) {
        this.options = options;
        this.only = only;
        this.cpu = new ServerCpu(options.serverPid());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Options o = new Options(a.getOrDefault("base", "http://127.0.0.1:8080/"),
                Arrays.stream(a.getOrDefault("users", "10,50,100").split(",")).map(Integer::parseInt).toList(),
                Duration.parse(a.getOrDefault("duration", "PT60S")), Duration.parse(a.getOrDefault("think", "PT2S")),
                Long.parseLong(a.getOrDefault("pid", "0")),
                List.of(a.getOrDefault("coaches", "valmentaja,valmentaja2").split(",")),
                ledgers(a.getOrDefault("ledgers", "")),
                List.of(a.getOrDefault("demonstrations", "").split(",")),
                List.of(a.getOrDefault("summaries", "").split(",")), a.getOrDefault("password", "demo"),
                a.getOrDefault("kinds", "").isBlank() ? List.of()
                        : "all".equals(a.get("kinds")) ? KINDS : List.of(a.get("kinds").split(";")),
                Integer.parseInt(a.getOrDefault("kind-users", "5")), Duration.parse(a.getOrDefault("kind-duration", "PT20S")),
                a.getOrDefault("windows", ""));
        for (String kind : o.kinds()) {
            if (!KINDS.contains(kind)) {
                System.err.println("Unknown action kind \"" + kind + "\"; the kinds are " + KINDS);
                System.exit(2);
            }
        }
        System.out.printf("Load test against %s: %s users, %s per round, think time %s%n", o.base(), o.users(),
                o.duration(), o.think());
        int failures = 0;
        for (int n : o.users()) {
            failures += new LoadTest(o, null).round(n, o.duration());
        }
        for (String kind : o.kinds()) {
            failures += new LoadTest(o, kind).round(o.kindUsers(), o.kindDuration());
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    /** {@code coach=traineeId/periodId,...;coach2=...}: the ledgers each coach account may open. */
    private static Map<String, List<String>> ledgers(String spec) {
        Map<String, List<String>> ledgers = new LinkedHashMap<>();
        for (String part : spec.split(";")) {
            if (part.contains("=")) {
                ledgers.put(part.substring(0, part.indexOf('=')), List.of(part.substring(part.indexOf('=') + 1).split(",")));
            }
        }
        return ledgers;
    }

    /**
     * One round with n users; returns the number of failed actions. The users arrive over two seconds and sign in;
     * when all have, the server's CPU time is read, and again when the last action of the round has ended: the CPU
     * per action is that difference over the actions done (sign-ins apart, which are measured on their own).
     */
    private int round(int n, Duration duration) throws Exception {
        long baseline = heapAfterGc();
        Instant end = Instant.now().plus(duration);
        List<Thread> threads = new ArrayList<>();
        List<VaadinUser> signedIn = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(n);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        ServerCpu.Snapshot beforeSignIn = cpu.read();
        long started = System.nanoTime();
        long startedMillis = System.currentTimeMillis();
        for (int i = 0; i < n; i++) {
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> user(index, n, end, signedIn, arrived, go)));
            Thread.sleep(Math.max(1, 2000 / n)); // users arrive over two seconds
        }
        arrived.await();
        ServerCpu.Snapshot afterSignIn = cpu.read();
        long driverBefore = driverCpuNanos();
        long actionsMillis = System.currentTimeMillis();
        long signIns = 0;
        if (actions.containsKey("sign in")) {
            Action a = actions.get("sign in");
            Histogram h = a.recorder.getIntervalHistogram();
            a.total.add(h);
            signIns = h.getTotalCount();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        ServerCpu.Snapshot afterActions = cpu.read();
        long driverNanos = driverCpuNanos() - driverBefore;
        long endMillis = System.currentTimeMillis();
        double seconds = (System.nanoTime() - started) / 1e9;
        window(only == null ? n + " users" : only + " (" + n + " users)", actionsMillis, endMillis);
        window((only == null ? n + " users" : only + " (" + n + " users)") + ": sign in", startedMillis, actionsMillis);
        long held = heapAfterGc();
        int sessions = signedIn.size();
        for (VaadinUser u : signedIn) {
            try {
                u.signOut();
            } catch (Exception ignored) {
                // the session ends with its timeout instead
            }
        }
        report(n, seconds, baseline, held, sessions);
        reportCpu(afterSignIn.minus(beforeSignIn), signIns, afterActions.minus(afterSignIn), driverNanos);
        return (int) actions.values().stream().mapToLong(x -> x.errors.get()).sum();
    }

    /** Appends the round's time window (for the profile of the server's flight recording: Profile). */
    private void window(String label, long from, long to) {
        if (options.windows().isBlank()) {
            return;
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(options.windows()), label + "\t" + from + "\t" + to + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("Could not write the round's time window: " + e);
        }
    }

    /** This driver's own CPU time (all its threads): on a machine shared with the server it takes cores too. */
    private static long driverCpuNanos() {
        return java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }

    private void reportCpu(ServerCpu.Snapshot signIn, long signIns, ServerCpu.Snapshot round, long driverNanos) {
        if (!cpu.available()) {
            return;
        }
        long done = actions.entrySet().stream().filter(e -> !"sign in".equals(e.getKey()))
                .mapToLong(e -> e.getValue().total.getTotalCount()).sum();
        double wall = round.atNanos() / 1e6;
        System.out.printf("server CPU over the %.0f s of actions (sign-ins apart): %.0f ms JVM (%.2f cores) + %.0f ms "
                        + "database; %d actions: %.1f ms JVM + %.1f ms database per action%n", wall / 1000,
                round.ms(ServerCpu.SERVER), round.ms(ServerCpu.SERVER) / wall, round.ms(ServerCpu.DATABASE), done,
                done == 0 ? 0 : round.ms(ServerCpu.SERVER) / done, done == 0 ? 0 : round.ms(ServerCpu.DATABASE) / done);
        if (only != null && actions.containsKey(only) && actions.get(only).total.getTotalCount() > 0) {
            long kind = actions.get(only).total.getTotalCount();
            System.out.printf("  per \"%s\" (%d, with the round's other steps): %.1f ms JVM + %.1f ms database%n",
                    only, kind, round.ms(ServerCpu.SERVER) / kind, round.ms(ServerCpu.DATABASE) / kind);
        }
        System.out.printf("  JVM by thread: requests %.0f ms, JIT compiler %.0f ms, GC threads %.0f ms, other %.0f ms;"
                        + " GC pauses %.0f ms in %d collections%n", round.ms(ServerCpu.REQUESTS),
                round.ms(ServerCpu.JIT), round.ms(ServerCpu.GC), round.ms(ServerCpu.OTHER), round.gcPauseMs(),
                round.collections());
        System.out.printf("  the load test's own driver: %.0f ms (%.2f cores), %.1f ms per action%n", driverNanos / 1e6,
                driverNanos / 1e6 / wall, done == 0 ? 0 : driverNanos / 1e6 / done);
        if (signIns > 0) {
            System.out.printf("  sign-ins: %.0f ms JVM + %.0f ms database for %d: %.1f ms JVM per sign-in%n",
                    signIn.ms(ServerCpu.SERVER), signIn.ms(ServerCpu.DATABASE), signIns,
                    signIn.ms(ServerCpu.SERVER) / signIns);
        }
    }

    private void user(int index, int n, Instant end, List<VaadinUser> signedIn,
                      java.util.concurrent.CountDownLatch arrived, java.util.concurrent.CountDownLatch go) {
        java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable once = () -> {
            if (counted.compareAndSet(false, true)) {
                arrived.countDown();
            }
        };
        try {
            user(index, n, end, signedIn, once, go);
        } finally {
            once.run(); // also when the sign-in threw: the round does not wait for this user
        }
    }

    private void user(int index, int n, Instant end, List<VaadinUser> signedIn, Runnable arrived,
                      java.util.concurrent.CountDownLatch go) {
        // 3 coaches : 1 teacher : 1 career agent; in a single-kind round, all of the role that does it
        int kind = only == null ? index % 5 : only.startsWith("coach") ? index % 3 : only.startsWith("teacher") ? 3 : 4;
        String role = kind < 3 ? "coach" : kind == 3 ? "teacher" : "career agent";
        VaadinUser u = new VaadinUser(options.base());
        String account = switch (role) {
            case "coach" -> options.coaches().get(index % options.coaches().size());
            case "teacher" -> "opettaja";
            default -> "uraagentti";
        };
        boolean in = timed("sign in", () -> u.signIn(account, options.password()));
        arrived.run();
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!in) {
            return;
        }
        signedIn.add(u);
        // Each simulated coach keeps a day of their own (a distinct date per account; the demo coaches have units of
        // their own), so that users do not overwrite each other's records: the friendly conflict message would be
        // the right answer, but not load. At N = 100 this reaches 30 days back, within the demo periods.
        int coachNumber = only == null ? (index / 5) * 3 + index % 5 : index;
        LocalDate day = LocalDate.now().minusDays(1 + coachNumber / options.coaches().size());
        int iteration = 0;
        boolean dayOpen = false;
        boolean onDay = false;
        while (Instant.now().isBefore(end)) {
            think();
            if (!Instant.now().isBefore(end)) {
                break;
            }
            switch (role) {
                case "coach" -> {
                    // a single-kind round: always that action (save day opens the day first when it is not open)
                    int step = only == null ? iteration % 3 : only.equals("coach: open day") ? 0
                            : only.equals("coach: save day") ? 1 : 2;
                    if (step == 2 && only != null) {
                        String period = pick(options.periods().get(account), index + iteration);
                        timed("coach: open ledger", () -> openLedger(u, period));
                    } else if (!dayOpen || step == 0) {
                        if (onDay) {
                            // Vaadin keeps the view when /day is opened from /day: leave it first, unmeasured, so
                            // that each open builds the view anew as a bookmark does (also after a refused save)
                            leave(u);
                        }
                        dayOpen = timed("coach: open day", () -> openDay(u, day));
                        onDay = true;
                    } else if (step == 1) {
                        int it = iteration;
                        dayOpen = timed("coach: save day", () -> saveDay(u, it));
                        onDay = true;
                    } else {
                        String period = pick(options.periods().get(account), index + iteration);
                        timed("coach: open ledger", () -> openLedger(u, period));
                        dayOpen = false;
                        onDay = false;
                    }
                }
                case "teacher" -> {
                    String d = pick(options.demonstrations(), iteration);
                    timed("teacher: open evidence", () -> openEvidence(u, d));
                }
                default -> {
                    String s = pick(options.summaries(), iteration);
                    timed("career agent: open summary", () -> expect(u.navigate("summaries/" + s), "Loppukooste"));
                }
            }
            iteration++;
        }
    }

    // ------------------------------------------------------------------ the scenario, as recorded in Chromium

    private static void openDay(VaadinUser u, LocalDate day) throws Exception {
        // the day's own address, as a coach's bookmark, a reload or the back button opens it (issue 18: the view
        // loads only that day; before, the driver opened /day, which loaded today, and then picked the date)
        expect(u.navigate("day?date=" + day), "day-card");
        Integer allPresent = u.byId("all-present");
        if (allPresent == null) {
            throw new VaadinUser.Failure("no day view");
        }
        u.click(allPresent);
    }

    private static void saveDay(VaadinUser u, int iteration) throws Exception {
        List<Integer> groups = u.byTag("vaadin-checkbox-group");
        if (groups.isEmpty()) {
            throw new VaadinUser.Failure("no trainees on the day");
        }
        // tick one or two tasks of the first trainee, other than those ticked now (else nothing would change and
        // the save button stays disabled): the card becomes unsaved and its skills are prefilled
        // the first trainee marked present: an absent trainee's tasks are hidden, and Vaadin ignores a hidden
        // field's value from the browser (the demo data has absences on past days)
        Integer group = groups.stream().filter(g -> {
            JsonElement visible = u.nodes.get(g).values.get("visible");
            return visible == null || visible.getAsBoolean();
        }).findFirst().orElseThrow(() -> new VaadinUser.Failure("no trainee present on the day"));
        JsonElement current = u.nodes.get(group).values.get("value");
        boolean oneTicked = current != null && current.isJsonArray() && current.getAsJsonArray().size() == 1;
        JsonArray value = new JsonArray();
        value.add("1");
        if (oneTicked) {
            value.add("2");
        }
        u.setProperty(group, "value", value, "value-changed");
        // the browser keeps what it sent (the server does not echo it): the next save on the same view changes it again
        u.nodes.get(group).values.put("value", value);
        expect(u.click(u.byId("save-day")), "Tallennettu (");
    }

    private static void openLedger(VaadinUser u, String period) throws Exception {
        String page = u.navigate("trainees/" + period);
        List<Integer> tabs = u.byTag("vaadin-tabs");
        if (tabs.isEmpty()) {
            throw new VaadinUser.Failure("no period page");
        }
        // the ledger is the first tab: built with the page or when the tab sheet reports its selection
        expect(page + u.call(tabs.get(0), "updateSelectedTab", new JsonPrimitive(true)), "Läsnä ");
    }

    private static void openEvidence(VaadinUser u, String demonstration) throws Exception {
        u.navigate("demonstrations/" + demonstration);
        List<Integer> tabs = u.byTag("vaadin-tabs");
        if (tabs.isEmpty()) {
            throw new VaadinUser.Failure("no demonstration page");
        }
        expect(u.setProperty(tabs.get(0), "selected", new JsonPrimitive(1), "selected-changed"), "Ammattitaitovaatimuksia ");
    }

    private static void leave(VaadinUser u) {
        try {
            u.navigate("");
        } catch (Exception ignored) {
            // the next action reports what is wrong
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();

    /** Keeps the first few unexpected responses in target/loadtest/failures (the driver's ids and texts only). */
    private static void keep(String response) {
        int k = kept.incrementAndGet();
        if (k <= 5) {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of("target", "loadtest-failures");
                java.nio.file.Files.createDirectories(dir);
                java.nio.file.Files.writeString(dir.resolve("response-" + k + ".json"), response);
            } catch (java.io.IOException ignored) {
                // the failure is still counted and named
            }
        }
    }

    private static void expect(String response, String text) throws VaadinUser.Failure {
        if (!response.contains(text)) {
            // name the application's own message when it showed one (a conflict, a rule), else say it was absent
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("\"((Joku muu muutti|Tallennus ei|Tietokantaan ei|Jokin meni|Korjaa merkityt)[^\"]{0,60})")
                    .matcher(response);
            keep(response);
            throw new VaadinUser.Failure("expected \"" + text + "\" in the response"
                    + (m.find() ? ", got \"" + m.group(1) + "\"" : ""));
        }
    }

    // ------------------------------------------------------------------ measuring

    private interface Step {
        void run() throws Exception;
    }

    private boolean timed(String name, Step step) {
        Action action = actions.computeIfAbsent(name, k -> new Action());
        long t0 = System.nanoTime();
        try {
            step.run();
            action.recorder.recordValue(Math.min(59_999, Math.max(0, (System.nanoTime() - t0) / 1_000_000)));
            return true;
        } catch (Exception e) {
            action.errors.incrementAndGet();
            action.reasons.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(), k -> new AtomicLong())
                    .incrementAndGet();
            return false;
        }
    }

    private void think() {
        long ms = options.think().toMillis();
        try {
            Thread.sleep(ms / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, ms)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String pick(List<String> values, int i) {
        return values.get(Math.floorMod(i, values.size()));
    }

    private void report(int n, double seconds, long baseline, long held, int sessions) {
        System.out.printf("%n=== %d users%s, %.0f s (machine load average %s, %d cores) ===%n", n,
                only == null ? "" : ", only \"" + only + "\"", seconds, loadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-28s %7s %8s %7s %7s %7s %7s %7s%n", "action", "count", "per s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors");
        long all = 0;
        long errors = 0;
        for (var e : new java.util.TreeMap<>(actions).entrySet()) {
            Histogram h = e.getValue().total;
            h.add(e.getValue().recorder.getIntervalHistogram());
            long count = h.getTotalCount();
            all += count;
            errors += e.getValue().errors.get();
            System.out.printf("%-28s %7d %8.1f %7d %7d %7d %7d %7d%n", e.getKey(), count, count / seconds,
                    h.getValueAtPercentile(50), h.getValueAtPercentile(95), h.getValueAtPercentile(99), h.getMaxValue(),
                    e.getValue().errors.get());
        }
        System.out.printf("%-28s %7d %8.1f %47d%n", "all actions", all, all / seconds, errors);
        actions.forEach((name, a) -> a.reasons.forEach((reason, c) ->
                System.out.printf("  error in %s (%d×): %s%n", name, c.get(), reason)));
        if (baseline > 0 && held > 0 && sessions > 0) {
            System.out.printf("heap after GC: %.1f MiB before the round, %.1f MiB with %d signed-in sessions: "
                            + "%.0f KiB per session%n", baseline / 1048576.0, held / 1048576.0, sessions,
                    (held - baseline) / 1024.0 / sessions);
        }
    }

    /** The 1-minute load average: figures taken while other work runs on the machine are not comparable. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Used heap after a full collection of the server's JVM (jcmd), or 0 when no server pid is given. */
    private long heapAfterGc() throws IOException, InterruptedException {
        if (options.serverPid() <= 0) {
            return 0;
        }
        run("jcmd", Long.toString(options.serverPid()), "GC.run");
        String info = run("jcmd", Long.toString(options.serverPid()), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : 0;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", command[0]).toString();
        command[0] = jcmd;
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static final class Path {
        static java.nio.file.Path of(String first, String... more) {
            return java.nio.file.Path.of(first, more);
        }
    }
}

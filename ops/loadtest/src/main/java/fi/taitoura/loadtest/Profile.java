package fi.taitoura.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went in each round of a load test: reads the server's flight recording (JFR execution
 * samples) and the rounds' time windows the driver wrote, and prints per window the samples by thread, the share of
 * samples that pass through each part of the stack (Vaadin's response writing, i18n, Hibernate, the database driver,
 * Spring Security, the audit, logging...), the hottest methods by own time, and the application's own methods
 * (fi.taitoura) nearest the top of each sample.
 * <p>
 * {@code java -cp ... fi.taitoura.loadtest.Profile server.jfr windows.tsv [rows]}
 */
public final class Profile {

    /** Parts of the stack: a sample counts for a part when any of its frames starts with one of the prefixes. */
    private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("Vaadin: response (UIDL, JSON)", List.of("com.vaadin.flow.server.communication.UidlWriter",
                "com.vaadin.flow.internal.JsonCodec", "com.vaadin.flow.internal.nodefeature.NodeFeature.generateChanges",
                "com.vaadin.flow.internal.StateTree.collectChanges"));
        PARTS.put("Vaadin: navigation (view construction)", List.of("com.vaadin.flow.router.internal.AbstractNavigationStateRenderer.handle"));
        PARTS.put("Vaadin: client events (RPC handling)", List.of("com.vaadin.flow.server.communication.ServerRpcHandler"));
        PARTS.put("Vaadin: data communicator (grids, lists)", List.of("com.vaadin.flow.data.provider.DataCommunicator"));
        PARTS.put("charts (JFreeChart, SVG)", List.of("org.jfree."));
        PARTS.put("Vaadin: access control (routes, menu)", List.of("com.vaadin.flow.server.auth.",
                "com.vaadin.flow.server.menu.", "com.vaadin.flow.internal.menu."));
        PARTS.put("i18n (getTranslation)", List.of("fi.taitoura.base.i18n.TranslationProvider.getTranslation",
                "com.vaadin.flow.i18n."));
        PARTS.put("MessageFormat", List.of("java.text.MessageFormat."));
        PARTS.put("Hibernate", List.of("org.hibernate."));
        PARTS.put("MariaDB driver", List.of("org.mariadb.jdbc."));
        PARTS.put("Hikari pool", List.of("com.zaxxer.hikari."));
        PARTS.put("Spring transactions", List.of("org.springframework.transaction."));
        PARTS.put("Spring Security", List.of("org.springframework.security."));
        PARTS.put("@PreAuthorize (SpEL)", List.of("org.springframework.security.authorization.method.PreAuthorize",
                "org.springframework.expression."));
        PARTS.put("Spring Data repositories", List.of("org.springframework.data."));
        PARTS.put("audit", List.of("fi.taitoura.audit."));
        PARTS.put("access checks (TraineeAccess)", List.of("fi.taitoura.trainee.TraineeAccess."));
        PARTS.put("logging", List.of("ch.qos.logback.", "org.slf4j.", "org.apache.logging."));
        PARTS.put("password hashing", List.of("org.springframework.security.crypto.", "org.bouncycastle."));
        PARTS.put("Jackson", List.of("com.fasterxml.jackson.", "tools.jackson."));
        PARTS.put("regular expressions", List.of("java.util.regex."));
        PARTS.put("reflection, proxies", List.of("java.lang.reflect.", "jdk.internal.reflect.",
                "org.springframework.aop."));
        PARTS.put("session serialization", List.of("java.io.ObjectOutputStream"));
    }

    private record Window(String label, long from, long to) {
    }

    private static final class Tally {
        long samples;
        final Map<String, Long> threads = new HashMap<>();
        final Map<String, Long> parts = new LinkedHashMap<>();
        final Map<String, Long> self = new HashMap<>();
        final Map<String, Long> app = new HashMap<>();
        final Map<String, Long> appInclusive = new HashMap<>();
    }

    private Profile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: Profile RECORDING.jfr WINDOWS.tsv [ROWS]");
            System.exit(2);
        }
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        List<Window> windows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                windows.add(new Window(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
        }
        Map<Window, Tally> tallies = new LinkedHashMap<>();
        windows.forEach(w -> tallies.put(w, new Tally()));
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                if (!"jdk.ExecutionSample".equals(e.getEventType().getName())) {
                    continue;
                }
                long at = e.getStartTime().toEpochMilli();
                for (Window w : windows) {
                    if (at >= w.from() && at < w.to()) {
                        add(tallies.get(w), e);
                    }
                }
            }
        }
        tallies.forEach((w, t) -> print(w, t, rows));
    }

    private static void add(Tally t, RecordedEvent e) {
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        t.samples++;
        String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
        t.threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "#"), 1L, Long::sum);
        List<String> methods = new ArrayList<>();
        for (RecordedFrame f : stack.getFrames()) {
            if (f.getMethod() != null) {
                methods.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
            }
        }
        if (methods.isEmpty()) {
            return;
        }
        t.self.merge(methods.getFirst(), 1L, Long::sum);
        for (var part : PARTS.entrySet()) {
            if (methods.stream().anyMatch(m -> part.getValue().stream().anyMatch(m::startsWith))) {
                t.parts.merge(part.getKey(), 1L, Long::sum);
            }
        }
        methods.stream().filter(m -> m.startsWith("fi.taitoura.")).findFirst()
                .ifPresent(m -> t.app.merge(m, 1L, Long::sum));
        Set<String> seen = new HashSet<>();
        for (String m : methods) {
            if (m.startsWith("fi.taitoura.") && seen.add(m)) {
                t.appInclusive.merge(m, 1L, Long::sum);
            }
        }
    }

    private static void print(Window w, Tally t, int rows) {
        System.out.printf("%n=== %s: %d samples in %.0f s ===%n", w.label(), t.samples, (w.to() - w.from()) / 1000.0);
        if (t.samples == 0) {
            return;
        }
        top("threads", t.threads, t.samples, 6);
        System.out.println("-- samples passing through");
        t.parts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / t.samples, e.getKey()));
        top("hottest methods (own time)", t.self, t.samples, rows);
        top("application methods nearest the top", t.app, t.samples, rows);
        top("application methods on the stack (inclusive)", t.appInclusive, t.samples, rows);
    }

    private static void top(String title, Map<String, Long> counts, long total, int rows) {
        System.out.println("-- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }
}

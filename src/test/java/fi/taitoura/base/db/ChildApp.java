package fi.taitoura.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Taitoura started as its own JVM, exactly as {@code ./run} starts it (same main class, the test's class path, the
 * default configuration with an embedded database in the given data folder), so that a test can stop it the way
 * Ctrl-C, systemd and container runtimes do: with SIGTERM. Its output goes to a log file under {@code target/}.
 */
final class ChildApp implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ChildApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the web application on a free port with its data in {@code dataDir}. */
    static ChildApp web(Path dataDir, String logName, String... extraArgs) {
        int port = freePort();
        return start(dataDir, port, logName, List.of(extraArgs));
    }

    /** Runs a command ({@code ./run NAME ARGS}) to its end and returns its exit code and output. */
    static Result command(Path dataDir, String logName, String... args) {
        ChildApp app = start(dataDir, 0, logName, List.of(args));
        try {
            if (!app.process.waitFor(10, TimeUnit.MINUTES)) {
                app.process.destroyForcibly();
                throw new AssertionError("command did not end in 10 minutes: " + app.output());
            }
            return new Result(app.process.exitValue(), app.output());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
    }

    private static ChildApp start(Path dataDir, int port, String logName, List<String> args) {
        try {
            Path logDir = Path.of("target", "restart-test");
            Files.createDirectories(logDir);
            Path log = logDir.resolve(logName + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            // mysqld's own console lines (ready for connections, crash recovery) go into the log too
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-Dlogging.level.ch.vorburger=info",
                    "-cp", System.getProperty("java.class.path"), "fi.taitoura.TaitouraApplication"));
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("TAITOURA_") && !k.equals("TAITOURA_CHROMIUM"));
            env.remove("PORT");
            env.put("TAITOURA_DATA_DIR", dataDir.toString());
            if (port > 0) {
                env.put("PORT", Integer.toString(port));
            }
            return new ChildApp(pb.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Waits until the output contains a line matching the pattern (or the process ends); fails after the timeout. */
    ChildApp awaitOutput(String regex, Duration timeout) throws InterruptedException {
        Pattern p = Pattern.compile(regex);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (p.matcher(output()).find()) {
                return this;
            }
            if (!process.isAlive()) {
                throw new AssertionError("Taitoura ended (exit " + process.exitValue() + ") before /" + regex
                        + "/ appeared:\n" + tail());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("/" + regex + "/ did not appear in " + timeout + ":\n" + tail());
    }

    /** Sends SIGTERM (what Ctrl-C, systemd and container runtimes send) and waits for the JVM to end. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Taitoura did not stop within 3 minutes of SIGTERM:\n" + tail());
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Taitoura did not end within " + timeout + ":\n" + tail());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            // the file is being written; a partial read is fine: retry next time
            return "";
        }
    }

    private String tail() {
        String out = output();
        return out.length() > 6000 ? out.substring(out.length() - 6000) : out;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

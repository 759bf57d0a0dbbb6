package fi.taitoura.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * MariaDB's own client tools ({@code mariadb-dump}, {@code mariadb}): from a configured folder, else the
 * distribution's on the PATH, else the binaries the embedded database unpacked beside its data folder
 * ({@code mariadb-base/bin}). The password never appears on a command line: it goes into a private options file.
 */
final class MariaDbTools {

    private final List<Path> searchPath;

    MariaDbTools(String configuredBinDir, Path embeddedBaseDir) {
        List<Path> dirs = new ArrayList<>();
        if (configuredBinDir != null && !configuredBinDir.isBlank()) {
            dirs.add(Path.of(configuredBinDir));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            Stream.of(path.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of)
                    .forEach(dirs::add);
        }
        if (embeddedBaseDir != null) {
            dirs.add(embeddedBaseDir.resolve("bin"));
        }
        this.searchPath = List.copyOf(dirs);
    }

    /** The tool's path, or a clear error saying what to install. */
    Path find(String tool) {
        return locate(tool).orElseThrow(() -> new IllegalStateException("MariaDB's " + tool + " was not found "
                + "(looked in " + searchPath + "). Install the MariaDB client tools (Debian: apt-get install "
                + "mariadb-client) or set TAITOURA_MARIADB_BIN to the folder that holds " + tool + "."));
    }

    Optional<Path> locate(String tool) {
        for (Path dir : searchPath) {
            Path p = dir.resolve(tool);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Starts {@code tool --defaults-extra-file=<private file> args...} connected to the target's server; the
     * options file is deleted when the returned handle is closed.
     */
    Running start(String tool, DatabaseTarget target, List<String> args) throws IOException {
        Path options = Files.createTempFile("taitoura-db-", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String text = "[client]\nhost=" + target.host() + "\nport=" + target.port() + "\nuser=" + target.user()
                + "\npassword=\"" + target.password().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "protocol=TCP\ndefault-character-set=utf8mb4\n"
                // MariaDB 11.4's tools require TLS by default; on the loopback interface there is no wire to protect.
                + (isLoopback(target.host()) ? "skip-ssl\n" : "");
        Files.writeString(options, text, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(find(tool).toString());
        command.add("--defaults-extra-file=" + options);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        try {
            return new Running(pb.start(), options);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(options);
            throw e;
        }
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** A started tool; {@link #finish()} waits for it and fails with its error output. */
    static final class Running implements AutoCloseable {
        final Process process;
        private final Path options;
        private final StringBuilder errors = new StringBuilder();
        private final Thread errorReader;

        Running(Process process, Path options) {
            this.process = process;
            this.options = options;
            this.errorReader = Thread.ofVirtual().start(() -> {
                try (var in = process.getErrorStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    synchronized (errors) {
                        errors.append(text);
                    }
                } catch (IOException ignored) {
                    // the process is gone
                }
            });
        }

        void finish() throws IOException, InterruptedException {
            int code = process.waitFor();
            errorReader.join(10_000);
            if (code != 0) {
                String text;
                synchronized (errors) {
                    text = errors.toString().strip();
                }
                throw new IOException(process.info().command().map(c -> Path.of(c).getFileName().toString())
                        .orElse("tool") + " failed (exit " + code + "): " + text);
            }
        }

        @Override
        public void close() throws IOException {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(options);
        }
    }
}

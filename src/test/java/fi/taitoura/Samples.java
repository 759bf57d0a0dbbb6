package fi.taitoura;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests write the sample documents they produce from real (demo) data: {@code target/samples} on every run, so
 * that a test run leaves the working tree clean, and {@code docs/samples} when asked to refresh the documented
 * samples: {@code mvn test -Dtest='CertificateServiceTest,EhoksExportTest' -Dtaitoura.samples.update=true}.
 */
public final class Samples {

    public static final Path DOCS = Path.of("docs", "samples");

    private Samples() {
    }

    public static Path dir() {
        Path dir = Boolean.getBoolean("taitoura.samples.update") ? DOCS : Path.of("target", "samples");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

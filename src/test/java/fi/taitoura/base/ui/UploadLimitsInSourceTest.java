package fi.taitoura.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code Upload.setMaxFileSize} is checked only by the browser: every upload goes through {@link Uploads}, whose
 * handlers refuse a larger file while it streams in (the tour found the diary's photo and the public badge check
 * holding whatever was sent in memory).
 */
class UploadLimitsInSourceTest {

    @Test
    void everyUploadHasALimitTheServerEnforces() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("fi/taitoura/base/ui/Uploads.java")))
                    .filter(f -> read(f).matches("(?s).*UploadHandler\\.(inMemory|toFile|toTempFile)\\(.*"))
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("use fi.taitoura.base.ui.Uploads, not UploadHandler's factories").isEmpty();
    }

    @Test
    void theLimitIsTheServers() {
        var handler = Uploads.inMemory(1000, (metadata, bytes) -> { });
        assertThat(handler.getFileSizeMax()).isEqualTo(1000);
        assertThat(handler.getRequestSizeMax()).isGreaterThan(1000);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

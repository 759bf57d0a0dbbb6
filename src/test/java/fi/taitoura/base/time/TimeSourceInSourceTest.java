package fi.taitoura.base.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One source of time (ADR 0034): "today" and "now" come from {@link Time} (or the Clock bean), never from the
 * server's zone, which is UTC while people work in Finland. This finds in the product and demo sources: a
 * {@code LocalDate.now()} (and its kin) without a clock, {@code ZoneId.systemDefault()} and its kin, and a zone
 * written out as "Europe/Helsinki" outside base.
 */
class TimeSourceInSourceTest {

    /** {@code X.now(...)} whose argument is not a clock ({@code clock}, {@code this.clock}, {@code Time.clock()}). */
    private static final Pattern NOW = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|YearMonth|Year|MonthDay)"
                    + "\\.now\\((?!\\s*(?:this\\.|Time\\.)?\\w*[cC]lock(?:\\(\\))?\\s*\\))");
    private static final Pattern SERVER_ZONE = Pattern.compile(
            "ZoneId\\.systemDefault\\(\\)|TimeZone\\.getDefault\\(\\)|Clock\\.systemDefaultZone\\(\\)");
    private static final Pattern HELSINKI = Pattern.compile("\"Europe/Helsinki\"");

    @Test
    void todayAndNowComeFromTheOneClock() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/demo/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.toString().replace('\\', '/').contains("fi/taitoura/base/time/"))
                        .forEach(f -> scan(f, offenders));
            }
        }
        assertThat(offenders).as("use Time.today() / Time.now() / Time.zone() (fi.taitoura.base.time)").isEmpty();
    }

    @Test
    void theScanFindsEachKind() {
        List<String> offenders = new ArrayList<>();
        scanText("fi/taitoura/x/A.java", "LocalDate d = LocalDate.now();", offenders);
        scanText("fi/taitoura/x/B.java", "var t = java.time.LocalDateTime.now(ZONE);", offenders);
        scanText("fi/taitoura/x/C.java", "ZoneId z = ZoneId.systemDefault();", offenders);
        scanText("fi/taitoura/x/D.java", "ZoneId z = ZoneId.of(\"Europe/Helsinki\");", offenders);
        scanText("fi/taitoura/base/E.java", "ZonedDateTime.now()", offenders);
        assertThat(offenders).hasSize(5);
        List<String> fine = new ArrayList<>();
        scanText("fi/taitoura/x/F.java", "LocalDate.now(clock); LocalDate.now(this.clock); LocalDate.now(Time.clock());"
                + " Time.today(); Instant.now();", fine);
        scanText("fi/taitoura/base/G.java", "ZoneId.of(\"Europe/Helsinki\")", fine);
        assertThat(fine).isEmpty();
    }

    private static void scan(Path file, List<String> offenders) {
        try {
            scanText(file.toString().replace('\\', '/'), Files.readString(file), offenders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scanText(String name, String source, List<String> offenders) {
        String[] lines = source.split("\n", -1);
        boolean inBase = name.contains("fi/taitoura/base/");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = name + ":" + (i + 1) + ": " + line.strip();
            Matcher now = NOW.matcher(line);
            if (now.find()) {
                offenders.add(where);
            } else if (SERVER_ZONE.matcher(line).find()) {
                offenders.add(where);
            } else if (!inBase && HELSINKI.matcher(line).find()) {
                offenders.add(where);
            }
        }
    }
}

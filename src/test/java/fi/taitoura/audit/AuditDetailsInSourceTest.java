package fi.taitoura.audit;

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
 * The audit service refuses free-text details at run time; this finds them before: every string literal written
 * as an argument of an {@code audit.record...(...)} call in the product and demo sources must be an entity kind
 * (one word) or in the code-only {@link AuditDetails} form. A branch written before the rule came is caught at
 * merge, not by the one test that happens to walk its path.
 */
class AuditDetailsInSourceTest {

    private static final Pattern CALL = Pattern.compile("audit\\.record\\w*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    @Test
    void auditCallsWriteNoFreeText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/demo/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> scan(f, offenders));
            }
        }
        assertThat(offenders).as("audit details must be codes (AuditDetails.of / what / changedFields)").isEmpty();
    }

    @Test
    void theScanFindsAFreeTextDetail() {
        List<String> offenders = new ArrayList<>();
        scanText("x.java", "audit.recordRead(\"Trainee\", id, id, \"opened by the coach\");", offenders);
        scanText("y.java", "audit.recordRead(\"Trainee\", id, id, \"what=pdf;lang=fi\");", offenders);
        assertThat(offenders).singleElement().asString().contains("opened by the coach");
    }

    private static void scan(Path file, List<String> offenders) {
        try {
            scanText(file.toString(), Files.readString(file), offenders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scanText(String name, String source, List<String> offenders) {
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            int depth = 1;
            int end = call.end();
            boolean inString = false;
            while (depth > 0 && end < source.length()) {
                char c = source.charAt(end);
                if (c == '"' && source.charAt(end - 1) != '\\') {
                    inString = !inString;
                } else if (!inString && c == '(') {
                    depth++;
                } else if (!inString && c == ')') {
                    depth--;
                }
                end++;
            }
            String args = source.substring(call.end(), end - 1);
            if (args.contains("AuditDetails.")) {
                continue; // literals there are keys and codes, checked by AuditDetails itself
            }
            Matcher literal = LITERAL.matcher(args);
            while (literal.find()) {
                String text = literal.group(1);
                if (!text.isEmpty() && !KIND.matcher(text).matches() && !AuditDetails.FORM.matcher(text).matches()) {
                    offenders.add(name + ": \"" + text + "\"");
                }
            }
        }
    }
}

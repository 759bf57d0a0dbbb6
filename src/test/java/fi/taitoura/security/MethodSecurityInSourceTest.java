package fi.taitoura.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ADR 0040: method security reads {@code @PreAuthorize} only; {@code @RolesAllowed}, {@code @PermitAll} and
 * {@code @DenyAll} are the router's (Vaadin's navigation access control), so they may stand only on Vaadin classes
 * (views, layouts, error views), at class level. On a service or a method they would not be enforced.
 */
class MethodSecurityInSourceTest {

    private static final Pattern JSR250 = Pattern.compile("^([ \\t]*)@(RolesAllowed|PermitAll|DenyAll)\\b",
            Pattern.MULTILINE);

    @Test
    void accessAnnotationsOnlyOnVaadinClassesAtClassLevel() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/demo/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    scan(f.toString(), Files.readString(f), offenders);
                }
            }
        }
        assertThat(offenders).as("use @PreAuthorize on services (ADR 0004, 0040)").isEmpty();
    }

    @Test
    void theScanFindsEachKind() {
        List<String> offenders = new ArrayList<>();
        scan("A.java", "import org.springframework.stereotype.Service;\n@RolesAllowed(\"ADMIN\")\nclass A {}", offenders);
        scan("B.java", "import com.vaadin.flow.router.Route;\nclass B {\n    @PermitAll\n    void b() {}\n}", offenders);
        assertThat(offenders).hasSize(2);
        List<String> fine = new ArrayList<>();
        scan("C.java", "import com.vaadin.flow.router.Route;\n@RolesAllowed(Role.Names.COACH)\nclass C {}", fine);
        assertThat(fine).isEmpty();
    }

    private static void scan(String file, String text, List<String> offenders) {
        var m = JSR250.matcher(text);
        while (m.find()) {
            if (!m.group(1).isEmpty() || !text.contains("import com.vaadin.flow.")) {
                offenders.add(file + ": @" + m.group(2));
            }
        }
    }
}

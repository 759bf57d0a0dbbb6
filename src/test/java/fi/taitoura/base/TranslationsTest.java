package fi.taitoura.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text exists in Finnish, Swedish and English, and every key the code uses exists. */
class TranslationsTest {

    private static final Path DIR = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate|tr)\\(\\s*\"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern NAV_KEY = Pattern.compile("@Menu\\(title = \"([a-zA-Z0-9_.]+)\"");

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(DIR.resolve("translations_" + lang + ".properties")),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyKeyExistsInEveryLanguageAndIsNotEmpty() throws IOException {
        Properties fi = load("fi");
        Properties sv = load("sv");
        Properties en = load("en");
        Set<Object> all = new HashSet<>(fi.keySet());
        all.addAll(sv.keySet());
        all.addAll(en.keySet());
        for (var p : new Properties[] {fi, sv, en}) {
            assertThat(new TreeSet<>(p.stringPropertyNames())).containsAll(all.stream().map(String::valueOf).toList());
            p.forEach((k, v) -> assertThat(v.toString()).as("value of %s", k).isNotBlank());
        }
    }

    @Test
    void everyLiteralKeyUsedInCodeExists() throws IOException {
        Properties fi = load("fi");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern pattern : new Pattern[] {KEY_IN_CODE, NAV_KEY}) {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        if (!fi.containsKey(m.group(1))) {
                            missing.add(m.group(1) + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).as("translation keys used in code but missing").isEmpty();
    }
}

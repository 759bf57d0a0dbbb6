package fi.taitoura.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our style sheets (frontend/styles, merged with git's union merge) stay whole: every block is closed, and a rule is
 * never nested inside another rule. One lost closing brace in me.css made the browser read every later rule as
 * nested (CSS nesting) under {@code .me-comparison li}, so none of them applied: the trainee's diary photo ran
 * wider than its card on a phone, and the share page and the download links lost their styles. A block may hold
 * rules only when it is an at-rule's ({@code @media}, {@code @supports}, ...).
 */
class StyleSheetsInSourceTest {

    @Test
    void everyStyleSheetIsWellFormedWithoutNestedRules() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("frontend/styles"))) {
            files.filter(f -> f.toString().endsWith(".css")).sorted()
                    .forEach(f -> problems.addAll(problems(f.toString(), read(f))));
        }
        assertThat(problems).as("style sheets with an unclosed block or a rule nested inside a rule").isEmpty();
    }

    @Test
    void aLostClosingBraceIsFound() {
        assertThat(problems("a.css", ".a li {\n  margin: 0;\n/* next */\n.b {\n  width: 100%;\n}\n")).isNotEmpty();
        assertThat(problems("b.css", ".a {\n  margin: 0;\n}\n@media (max-width: 640px) {\n  .b { width: 100%; }\n}\n"))
                .isEmpty();
        assertThat(problems("c.css", ".a { content: \"{\"; }\n/* } */\n")).isEmpty();
        assertThat(problems("d.css", ".a { margin: 0; }\n}\n")).isNotEmpty();
    }

    /** The blocks of one style sheet that are left open, closed without being opened, or nested in a rule. */
    static List<String> problems(String name, String css) {
        List<String> problems = new ArrayList<>();
        Deque<Boolean> open = new ArrayDeque<>(); // per open block: whether it is an at-rule's (may hold rules)
        StringBuilder prelude = new StringBuilder();
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 2;
                line += (int) css.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end - 1;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c) {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                prelude.append(css, i, Math.min(end + 1, css.length()));
                i = end;
                continue;
            }
            if (c == '{') {
                boolean atRule = prelude.toString().strip().startsWith("@");
                if (!open.isEmpty() && !open.peek()) {
                    problems.add(name + ":" + line + ": a rule nested inside a rule (a closing brace lost above?): "
                            + prelude.toString().strip());
                }
                open.push(atRule);
                prelude.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add(name + ":" + line + ": a closing brace without an open block");
                } else {
                    open.pop();
                }
                prelude.setLength(0);
            } else if (c == ';') {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        if (!open.isEmpty()) {
            problems.add(name + ": " + open.size() + " block(s) not closed at the end");
        }
        return problems;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

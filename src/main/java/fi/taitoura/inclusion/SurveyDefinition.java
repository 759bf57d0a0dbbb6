package fi.taitoura.inclusion;

import fi.taitoura.base.db.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A version of the inclusion survey's other parts, as data ({@code classpath:inclusion/*.json}, format
 * {@code taitoura-survey/1}): parts with questions; a SCALE or CHOICE question has options (value and label), a TEXT
 * question is answered in words; each question says in which phases (START, END) it is asked.
 */
public record SurveyDefinition(String format, String code, int version, boolean workingText, Text name,
                               Text description, List<Part> parts) {

    public enum QuestionType { SCALE, CHOICE, TEXT }

    public record Text(String fi, String sv, String en) {
        public String in(java.util.Locale locale) {
            return new LocalizedText(fi, sv, en).in(locale);
        }
    }

    public record Option(int value, Text label) {
    }

    public record Question(String key, QuestionType type, List<SurveyPhase> phases, Text text, List<Option> options) {

        public boolean askedIn(SurveyPhase phase) {
            return phases.contains(phase);
        }

        public Optional<Option> option(int value) {
            return options == null ? Optional.empty() : options.stream().filter(o -> o.value() == value).findFirst();
        }
    }

    public record Part(String key, Text name, List<Question> questions) {
    }

    public Stream<Question> questions() {
        return parts.stream().flatMap(p -> p.questions().stream());
    }

    public Optional<Question> question(String key) {
        return questions().filter(q -> q.key().equals(key)).findFirst();
    }
}

package fi.taitoura.inclusion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey versions shipped in {@code classpath:inclusion/*.json}, validated at start. Answers refer to questions
 * by key, so a new version (a new file with the next version number) keeps the keys of the questions it keeps; the
 * newest version is used for new answers and for the report's labels.
 */
@Component
public class SurveyDefinitions {

    public static final String FORMAT = "taitoura-survey/1";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final List<SurveyDefinition> all;

    SurveyDefinitions() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:inclusion/*.json");
            all = java.util.Arrays.stream(files).map(SurveyDefinitions::read)
                    .sorted(Comparator.comparing(SurveyDefinition::code).thenComparing(SurveyDefinition::version))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("No inclusion survey definition in classpath:inclusion/");
        }
    }

    private static SurveyDefinition read(Resource r) {
        try (InputStream in = r.getInputStream()) {
            SurveyDefinition d = JSON.readValue(in, SurveyDefinition.class);
            validate(d, r.getFilename());
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void validate(SurveyDefinition d, String source) {
        if (!FORMAT.equals(d.format()) || d.code() == null || d.version() < 1 || d.parts() == null
                || d.parts().isEmpty()) {
            throw new IllegalStateException(source + ": not a " + FORMAT + " survey with code, version and parts");
        }
        Set<String> keys = new HashSet<>();
        d.questions().forEach(q -> {
            if (q.key() == null || !keys.add(q.key()) || q.type() == null || q.text() == null || q.text().fi() == null
                    || q.phases() == null || q.phases().isEmpty()) {
                throw new IllegalStateException(source + ": question " + q.key() + " is incomplete or repeated");
            }
            if (q.type() != SurveyDefinition.QuestionType.TEXT && (q.options() == null || q.options().isEmpty())) {
                throw new IllegalStateException(source + ": question " + q.key() + " has no options");
            }
        });
    }

    /** The newest version of the survey. */
    public SurveyDefinition current() {
        return all.getLast();
    }

    public Optional<SurveyDefinition> find(String code, int version) {
        return all.stream().filter(d -> d.code().equals(code) && d.version() == version).findFirst();
    }
}

package fi.taitoura.capacity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the assessment form sends: the instrument version, phase, date, whose rating it is and how it was entered,
 * the answers (item id → scale value; a missing or null value means "not assessed") and a comment.
 */
public record AssessmentInput(Long instrumentId, AssessmentPhase phase, LocalDate assessedOn, Rater rater,
                              EntryMethod entryMethod, Map<Long, Integer> answers, String comment) {

    public AssessmentInput {
        answers = answers == null ? new HashMap<>() : new HashMap<>(answers);
    }
}

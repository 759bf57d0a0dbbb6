package fi.taitoura.workplace;

import java.util.List;
import java.util.Map;

/**
 * A recognition version with its items and qualifications loaded, and its history; {@code names} names the users
 * it refers to by id and {@code content} the catalogue rows its items and qualifications refer to.
 */
public record RecognitionDetails(EnvironmentRecognition recognition, List<RecognitionEvent> events,
                                 boolean editable, boolean reviewable, boolean revisable, Map<Long, String> names,
                                 RecognitionContent content) {

    /** The user's name, or null for none. */
    public String name(Long userId) {
        return userId == null ? null : names.get(userId);
    }
}

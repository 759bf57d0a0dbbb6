package fi.taitoura.workplace;

import java.util.Map;
import java.util.Set;

/**
 * What an editor saves of a recognition version: the description of the work, the reviewer, the qualifications and
 * the ticked items, each with how it is practised in the unit (may be empty). {@code version} is the
 * optimistic-locking version the editor started from.
 */
public record RecognitionDraft(Long recognitionId, long version, String workDescription, Long reviewerId,
                               Set<Long> qualificationIds, Map<ItemRef, String> items) {
}

package fi.taitoura.workplace;

import java.util.Set;

/**
 * What an editor saves of a task. {@code id} null creates a task; {@code version} is the optimistic-locking
 * version the editor started from.
 */
public record TaskDraft(Long id, long version, Long workUnitId, String name, String description,
                        TaskDifficulty difficulty, String tools, String safetyNotes, Set<String> requiredCards,
                        boolean active, Set<Long> requirementIds) {
}

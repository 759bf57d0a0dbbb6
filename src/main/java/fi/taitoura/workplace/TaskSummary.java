package fi.taitoura.workplace;

import java.util.Set;

/**
 * A task of a work unit as other features need it: the requirements it trains ({@code requirementIds}, all covered
 * by the approved recognition in force) and mappings flagged because a revision no longer covers them.
 */
public record TaskSummary(Long id, String name, TaskDifficulty difficulty, boolean active, Set<Long> requirementIds,
                          Set<Long> flaggedRequirementIds) {
}

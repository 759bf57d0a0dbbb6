package fi.taitoura.trainee;

/**
 * Two trainee records were the same person and an administrator linked them: the features that keep a trainee id
 * of their own move their rows from {@code mergedId} to {@code keptId} (synchronously, in the same transaction),
 * after which the merged record is removed.
 */
public record TraineesMergedEvent(Long keptId, Long mergedId) {
}

package fi.taitoura.trainee;

/** How a personal goal turned out. */
public enum GoalOutcome {
    ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, CHANGED
}

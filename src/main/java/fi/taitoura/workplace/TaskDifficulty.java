package fi.taitoura.workplace;

/** How demanding a task is: 1 basic, done under guidance; 2 partly independent; 3 demanding, independent. */
public enum TaskDifficulty {
    BASIC(1), PARTLY_INDEPENDENT(2), DEMANDING(3);

    private final int level;

    TaskDifficulty(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }
}

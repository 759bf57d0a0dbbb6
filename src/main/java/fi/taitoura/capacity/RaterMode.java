package fi.taitoura.capacity;

/** Who rates an instrument: the coach, the trainee (self-assessment), or both. */
public enum RaterMode {
    COACH_ONLY, SELF_ONLY, COACH_AND_SELF;

    public boolean allows(Rater rater) {
        return switch (this) {
            case COACH_ONLY -> rater == Rater.COACH;
            case SELF_ONLY -> rater == Rater.SELF;
            case COACH_AND_SELF -> true;
        };
    }
}

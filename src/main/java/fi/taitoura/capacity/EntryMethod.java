package fi.taitoura.capacity;

/**
 * How an assessment was entered. A coach's rating is entered by the coach; a trainee's self-assessment is entered
 * by the coach (or career agent) together with the trainee, transcribed from the trainee's own paper form, or
 * answered by the trainee themself on their own pages ({@link #BY_TRAINEE}, issue #16).
 */
public enum EntryMethod {
    OWN_RATING, WITH_TRAINEE, FROM_PAPER, BY_TRAINEE;

    public boolean fits(Rater rater) {
        return rater == Rater.COACH ? this == OWN_RATING : this != OWN_RATING;
    }
}

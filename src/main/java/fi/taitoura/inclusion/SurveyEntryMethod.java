package fi.taitoura.inclusion;

/**
 * How the trainee's answers reached Taitoura: entered together with them, from their paper form, or answered by
 * the trainee themself on their own pages ({@link #BY_TRAINEE}, issue #16).
 */
public enum SurveyEntryMethod {
    WITH_TRAINEE, FROM_PAPER, BY_TRAINEE
}

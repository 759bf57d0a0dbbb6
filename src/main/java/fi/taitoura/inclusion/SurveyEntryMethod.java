package fi.taitoura.inclusion;

/** How the trainee's answers reached Taitoura: entered together with them, or from their paper form. */
public enum SurveyEntryMethod {
    WITH_TRAINEE, FROM_PAPER
}

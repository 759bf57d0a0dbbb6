package fi.taitoura.inclusion;

/** The survey is answered at the start and at the end of a period. */
public enum SurveyPhase {
    START, END
}

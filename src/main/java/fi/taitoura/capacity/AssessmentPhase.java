package fi.taitoura.capacity;

/** When in the period an assessment was made. */
public enum AssessmentPhase {
    START, MIDDLE, END, AD_HOC
}

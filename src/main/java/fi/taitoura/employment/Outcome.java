package fi.taitoura.employment;

/** The client's situation at closure and at follow-ups: the outcome categories used in reporting (DOMAIN.md). */
public enum Outcome {
    EMPLOYMENT, SUBSIDISED_WORK, EDUCATION, WORK_TRIAL, NEW_PERIOD, SOCIAL_REHABILITATION, PENSION_OR_HEALTH, OTHER,
    INTERRUPTED
}

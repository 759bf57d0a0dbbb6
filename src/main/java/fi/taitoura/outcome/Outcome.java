package fi.taitoura.outcome;

/**
 * The outcome categories used in reporting (DOMAIN.md): where a trainee went when a training period ended, and
 * the status at the three-month follow-up. One list for training periods and supported-employment cases.
 */
public enum Outcome {
    EMPLOYMENT, SUBSIDISED_WORK, EDUCATION, WORK_TRIAL, NEW_PERIOD, SOCIAL_REHABILITATION, PENSION_OR_HEALTH, OTHER,
    INTERRUPTED
}

package fi.taitoura.summary;

/** Recommendations for the next step after a period. */
public enum RecommendationKind {
    WORK, EDUCATION, SUBSIDISED_WORK, WORK_TRIAL, NEW_PERIOD, SOCIAL_REHABILITATION, HEALTH_EXAMINATION,
    PENSION_EXAMINATION, OTHER
}

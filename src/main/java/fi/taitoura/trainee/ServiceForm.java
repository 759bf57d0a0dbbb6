package fi.taitoura.trainee;

/** Service form: work- and education-oriented, assessment service (selvityspalvelu), immigrant coaching, coaching employment. */
public enum ServiceForm {
    WORK_AND_EDUCATION, ASSESSMENT, IMMIGRANT_COACHING, COACHING_EMPLOYMENT
}

package fi.taitoura.employment;

/**
 * Quality-criteria rules made visible. Criteria 16 and 22 need a written job-search plan and a written in-work
 * support plan; rapid search means a first employer contact within 30 days of the agreement.
 */
public enum WarningKind {
    /** In job search (phase 3 or 4) without a job-search plan. */
    JOB_SEARCH_PLAN_MISSING,
    /** The job-search plan's review date has passed. */
    JOB_SEARCH_PLAN_REVIEW_DUE,
    /** In work without an in-work support plan for the job. */
    SUPPORT_PLAN_MISSING,
    /** No employer contact about the client yet, and more than 30 days since the agreement. */
    FIRST_CONTACT_MISSING,
    /** The first employer contact came more than 30 days after the agreement (shown until a job starts). */
    FIRST_CONTACT_LATE,
    /** No job coach assigned to the case. */
    NO_COACH
}

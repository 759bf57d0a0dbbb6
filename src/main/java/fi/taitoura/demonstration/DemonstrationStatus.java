package fi.taitoura.demonstration;

/**
 * Where a demonstration is: {@link #PLANNED} (proposed by the coach or career agent, waiting for its dates and the
 * teacher's assessment), {@link #ASSESSED} (a signed assessment exists; corrections are new assessments) or
 * {@link #CANCELLED} (by the coach or career agent, before it was assessed).
 */
public enum DemonstrationStatus {
    PLANNED, ASSESSED, CANCELLED
}

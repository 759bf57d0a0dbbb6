package fi.taitoura.employment;

/** Why a case's phase changed. */
public enum PhaseReason {
    REFERRAL, AGREEMENT, PLAN, JOB_START, JOB_END, NEW_STUDY_UNIT, MANUAL
}

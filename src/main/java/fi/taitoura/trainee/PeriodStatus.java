package fi.taitoura.trainee;

/** Status of a period: kuntouttava työtoiminta, työkokeilu, palkkatuki / valmennuksellinen työsuhde, uravalmennus, other. */
public enum PeriodStatus {
    REHABILITATIVE_WORK_ACTIVITY, WORK_TRIAL, SUBSIDISED_EMPLOYMENT, CAREER_COACHING, OTHER
}

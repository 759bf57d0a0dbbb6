package fi.taitoura.employment;

/** Parties the client has agreed the job coach may contact (cooperation agreement). */
public enum ContactParty {
    REFERRER, EMPLOYMENT_SERVICES, KELA, HEALTH_CARE, MENTAL_HEALTH_SERVICES, SOCIAL_SERVICES, EDUCATION, FAMILY,
    OTHER
}

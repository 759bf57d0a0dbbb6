package fi.taitoura.trainee;

/** What the trainee has agreed may be shared, and with whom. */
public enum Consent {
    SUMMARY_TO_REFERRER, CERTIFICATE_TO_SCHOOL, INFORMATION_TO_EMPLOYER, FOLLOW_UP_CONTACT
}

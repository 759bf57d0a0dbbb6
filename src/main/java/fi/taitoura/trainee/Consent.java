package fi.taitoura.trainee;

/**
 * What the trainee has agreed may be shared, and with whom. The two {@code _TO_REFERRER} consents are what the
 * referring case worker may read ({@link TraineeAccess#receivesSummaries}, {@link TraineeAccess#receivesCertificates});
 * withdrawing one ends that access at once.
 */
public enum Consent {
    SUMMARY_TO_REFERRER, CERTIFICATE_TO_REFERRER, CERTIFICATE_TO_SCHOOL, INFORMATION_TO_EMPLOYER, FOLLOW_UP_CONTACT
}

package fi.taitoura.outcome;

/**
 * The after-support of about three months (LITE) after a period: NONE without the trainee's consent; OPEN while
 * the window runs; DONE when the status at three months is recorded; NOT_REACHED when the former trainee could not
 * be reached; WITHDRAWN when they withdrew the consent.
 */
public enum FollowUpState {
    NONE, OPEN, DONE, NOT_REACHED, WITHDRAWN
}

package fi.taitoura.outcome;

/** How a follow-up contact was made. */
public enum FollowUpContactKind {
    PHONE, MEETING, MESSAGE, OTHER
}

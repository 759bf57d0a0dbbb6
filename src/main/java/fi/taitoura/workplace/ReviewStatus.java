package fi.taitoura.workplace;

/** The reviewer's decision on one ticked item. Pending items are accepted when the version is approved. */
public enum ReviewStatus {
    PENDING, ACCEPTED, REJECTED
}

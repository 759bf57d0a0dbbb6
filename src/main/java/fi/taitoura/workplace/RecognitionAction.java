package fi.taitoura.workplace;

/** What happened to a recognition version, for its history. */
public enum RecognitionAction {
    CREATED, SAVED, SUBMITTED, ITEMS_REVIEWED, APPROVED, RETURNED, REVISED, SUPERSEDED
}

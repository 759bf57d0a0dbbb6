package fi.taitoura.workplace;

/**
 * The life of one recognition version: the coach drafts it, submits it for review, the reviewer approves it or
 * returns it for changes (a returned version is edited and submitted again). An approved version never changes;
 * it is revised as a new version.
 */
public enum RecognitionState {
    DRAFT, IN_REVIEW, APPROVED, RETURNED;

    /** True when the work unit's editors may change the content. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}

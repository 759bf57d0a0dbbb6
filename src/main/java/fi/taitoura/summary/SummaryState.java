package fi.taitoura.summary;

/** DRAFT: being written; FINALISED: frozen and delivered; SUPERSEDED: replaced by a corrected revision. */
public enum SummaryState {
    DRAFT, FINALISED, SUPERSEDED
}

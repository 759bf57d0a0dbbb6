package fi.taitoura.document;

/** The kinds of document Taitoura issues and can verify. */
public enum DocumentKind {
    PERIOD_SUMMARY, COMPETENCE_CERTIFICATE
}

package fi.taitoura.document;

/** CURRENT: the valid version; SUPERSEDED: replaced by a correction; WITHDRAWN: no longer valid. */
public enum DocumentStatus {
    CURRENT, SUPERSEDED, WITHDRAWN
}

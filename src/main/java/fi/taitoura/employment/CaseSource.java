package fi.taitoura.employment;

/** Where the client came from: straight from a referrer, or as the next step after a training period. */
public enum CaseSource {
    REFERRER, PERIOD
}

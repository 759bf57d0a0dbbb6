package fi.taitoura.employment;

/** Who ended the job (form D). */
public enum EndedBy {
    CLIENT, EMPLOYER, MUTUAL, TERM_ENDED
}

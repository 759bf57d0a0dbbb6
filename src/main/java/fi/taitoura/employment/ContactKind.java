package fi.taitoura.employment;

/** A first contact with an employer, or a follow-up (form B). */
public enum ContactKind {
    FIRST, FOLLOW_UP
}

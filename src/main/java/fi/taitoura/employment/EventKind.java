package fi.taitoura.employment;

/** Events on a case. Benefits counselling (etuusneuvonta) is principle 8 of the model; follow-ups belong to form E. */
public enum EventKind {
    MEETING, PHONE_CALL, NETWORK_MEETING, BENEFITS_COUNSELLING, FOLLOW_UP, OTHER
}

package fi.taitoura.employment;

/** Why supported employment ended (form E). */
public enum ClosureReason {
    GOAL_REACHED, CLIENT_DECIDED, NO_CONTACT, OTHER_SERVICE, MOVED, OTHER
}

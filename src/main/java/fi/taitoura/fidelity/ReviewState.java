package fi.taitoura.fidelity;

/** A fidelity review is a DRAFT while the team scores it; FINAL locks it (a team lead can reopen it). */
public enum ReviewState {
    DRAFT, FINAL
}

package fi.taitoura.outcome;

/** Why a period was interrupted (keskeytyminen); a short note may add to it. */
public enum InterruptionReason {
    HEALTH, LIFE_SITUATION, MOTIVATION, ABSENCES, MOVED, OTHER_SERVICE, OTHER
}

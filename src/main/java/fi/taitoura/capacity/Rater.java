package fi.taitoura.capacity;

/** Whose rating an assessment is: the coach's own, or the trainee's self-assessment. */
public enum Rater {
    COACH, SELF
}

package fi.taitoura.workplace;

/** What a recognition item ticks: a qualification unit, a skill requirement or a T1 assessment criterion. */
public enum RecognitionItemKind {
    UNIT, REQUIREMENT, CRITERION
}

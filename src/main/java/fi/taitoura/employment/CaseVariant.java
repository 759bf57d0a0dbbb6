package fi.taitoura.employment;

/** An adult client's case, or the school variant (seed 004) with the responsible teacher and qualification units. */
public enum CaseVariant {
    ADULT, STUDENT
}

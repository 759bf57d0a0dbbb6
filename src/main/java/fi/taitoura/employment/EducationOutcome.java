package fi.taitoura.employment;

public enum EducationOutcome {
    ONGOING, COMPLETED, INTERRUPTED
}

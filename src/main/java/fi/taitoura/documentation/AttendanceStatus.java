package fi.taitoura.documentation;

/** Present, absent (with a reason), sick, or other. */
public enum AttendanceStatus {
    PRESENT, ABSENT, SICK, OTHER
}

package fi.taitoura.base;

/** Small text helpers shared by the services. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when it is null or blank (optional form fields are stored as null). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

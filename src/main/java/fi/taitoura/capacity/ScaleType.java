package fi.taitoura.capacity;

/** A numeric range (each point shows its number and label) or named levels (each point shows its label). */
public enum ScaleType {
    NUMERIC, LEVELS
}

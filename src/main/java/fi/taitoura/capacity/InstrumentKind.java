package fi.taitoura.capacity;

/**
 * What an instrument measures. {@link #INCLUSION} (the Osallisuusindikaattori) is never part of an individual's
 * capacity data: it is reported per group only.
 */
public enum InstrumentKind {
    CAPACITY, INCLUSION
}

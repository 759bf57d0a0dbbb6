package fi.taitoura.employment;

public enum PayUnit {
    HOUR, MONTH
}

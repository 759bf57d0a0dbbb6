package fi.taitoura.audit;

/** What happened. Labels: {@code enum.AuditAction.<NAME>} in the translations. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT, SIGN_IN, SIGN_IN_FAILED,
    /** A sign-in refused by the lock-out before the password was checked. */
    SIGN_IN_BLOCKED,
    /** A read or change that the access rules refused. */
    REFUSED,
    /** Personal data anonymised or erased when its retention ended, or on request. */
    ANONYMISE, ERASE
}

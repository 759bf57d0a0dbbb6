package fi.taitoura.audit;

public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT, SIGN_IN, SIGN_IN_FAILED
}

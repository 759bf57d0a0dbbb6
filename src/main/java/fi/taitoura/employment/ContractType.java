package fi.taitoura.employment;

public enum ContractType {
    PERMANENT, FIXED_TERM, APPRENTICESHIP, ON_CALL, OTHER
}

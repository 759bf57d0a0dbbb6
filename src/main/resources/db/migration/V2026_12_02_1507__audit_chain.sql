-- Tamper evidence: every audit entry is sealed into a chain, hash = HMAC(key, previous hash + the entry), with a key
-- kept outside the database. ./run audit-verify recomputes the chain. The head row serialises sealers.
CREATE TABLE audit_chain (
    seq       BIGINT AUTO_INCREMENT PRIMARY KEY,
    audit_id  BIGINT      NOT NULL,
    hash      CHAR(64)    NOT NULL,
    sealed_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_audit_chain_audit UNIQUE (audit_id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

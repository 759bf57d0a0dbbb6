-- One row: the last sealed entry. Sealers lock it (SELECT ... FOR UPDATE), so two application nodes never fork the
-- chain. It is only a cache: ./run audit-verify trusts the chain rows, not this.
CREATE TABLE audit_chain_head (
    id        TINYINT     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash CHAR(64)    NOT NULL,
    CONSTRAINT ck_audit_chain_head_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));

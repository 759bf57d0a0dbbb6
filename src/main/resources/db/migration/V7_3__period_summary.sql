-- The end-of-period summary (loppukooste) of a training period. A draft is edited by the career agent (and the
-- coach); finalising freezes the prefilled data into snapshot (JSON), issues the PDF and delivers it to the
-- referring case worker. A correction is a new revision that replaces the previous one.
CREATE TABLE period_summary (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    period_id       BIGINT      NOT NULL,
    revision        INT         NOT NULL,
    state           VARCHAR(16) NOT NULL,
    language        VARCHAR(8)  NOT NULL,
    strengths       TEXT,
    limitations     TEXT,
    unit_statement  TEXT,
    coach_statement TEXT,
    follow_up       TEXT,
    snapshot        MEDIUMTEXT,
    document_id     BIGINT,
    replaces_id     BIGINT,
    created_by      BIGINT,
    finalised_by    BIGINT,
    finalised_at    DATETIME(6),
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_period_summary_period FOREIGN KEY (period_id) REFERENCES training_period (id),
    CONSTRAINT fk_period_summary_document FOREIGN KEY (document_id) REFERENCES issued_document (id),
    CONSTRAINT fk_period_summary_replaces FOREIGN KEY (replaces_id) REFERENCES period_summary (id),
    CONSTRAINT uk_period_summary_revision UNIQUE (period_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

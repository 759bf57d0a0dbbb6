-- The outcome of a training period when it ends (issue #15): the outcome category of reporting (DOMAIN.md), the
-- reason when interrupted, the trainee's consent to follow-up, and the after-support of about three months: its
-- state and the status at three months. period_id refers to the trainee feature's period by id.
CREATE TABLE period_outcome (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    period_id           BIGINT        NOT NULL,
    trainee_id          BIGINT        NOT NULL,
    outcome             VARCHAR(32)   NOT NULL,
    interruption_reason VARCHAR(32),
    note                VARCHAR(1000),
    follow_up_consent   BOOLEAN       NOT NULL DEFAULT FALSE,
    follow_up_state     VARCHAR(16)   NOT NULL,
    status_3m           VARCHAR(32),
    status_3m_on        DATE,
    status_3m_note      VARCHAR(1000),
    recorded_by         BIGINT,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uk_period_outcome_period UNIQUE (period_id),
    CONSTRAINT fk_period_outcome_period FOREIGN KEY (period_id) REFERENCES training_period (id),
    CONSTRAINT ck_period_outcome_reason CHECK (outcome <> 'INTERRUPTED' OR interruption_reason IS NOT NULL),
    INDEX ix_period_outcome_state (follow_up_state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

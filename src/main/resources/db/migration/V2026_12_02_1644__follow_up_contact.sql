-- A contact of the after-support (jälkiohjaus) following a period's end: when, how, whether the former trainee was
-- reached, a short note, and who recorded it.
CREATE TABLE follow_up_contact (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    outcome_id  BIGINT        NOT NULL,
    contact_on  DATE          NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    reached     BOOLEAN       NOT NULL DEFAULT TRUE,
    note        VARCHAR(1000),
    recorded_by BIGINT,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_follow_up_contact_outcome FOREIGN KEY (outcome_id) REFERENCES period_outcome (id)
        ON DELETE CASCADE,
    INDEX ix_follow_up_contact_outcome (outcome_id, contact_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

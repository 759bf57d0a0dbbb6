-- The trainee's learning diary: dated entries in their own words, optionally linked to the day's tasks.
CREATE TABLE diary_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    period_id   BIGINT      NOT NULL,
    entry_date  DATE        NOT NULL,
    text        TEXT        NOT NULL,
    written_by  BIGINT,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_diary_entry_period FOREIGN KEY (period_id) REFERENCES training_period (id),
    CONSTRAINT fk_diary_entry_written_by FOREIGN KEY (written_by) REFERENCES app_user (id),
    INDEX ix_diary_entry_period (period_id, entry_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

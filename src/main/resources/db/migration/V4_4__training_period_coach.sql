-- The coaches of a period.
CREATE TABLE training_period_coach (
    period_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (period_id, user_id),
    CONSTRAINT fk_training_period_coach_period FOREIGN KEY (period_id) REFERENCES training_period (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_training_period_coach_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A personal goal agreed at the start of a period, with the support and guidance given (required by law).
CREATE TABLE personal_goal (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    period_id   BIGINT      NOT NULL,
    description TEXT        NOT NULL,
    support     TEXT,
    outcome     VARCHAR(32),
    sort_order  INT         NOT NULL DEFAULT 0,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_personal_goal_period FOREIGN KEY (period_id) REFERENCES training_period (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

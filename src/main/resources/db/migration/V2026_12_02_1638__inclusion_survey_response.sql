-- The other parts of THL's inclusion survey (osallisuuskysely) answered at the start or end of a training period:
-- which survey version, the phase, the date, how it was entered and by whom. The 10 statements of the inclusion
-- indicator are kept by the capacity feature. period_id refers to the trainee feature's period by id.
CREATE TABLE inclusion_survey_response (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    period_id      BIGINT        NOT NULL,
    trainee_id     BIGINT        NOT NULL,
    survey_code    VARCHAR(64)   NOT NULL,
    survey_version INT           NOT NULL,
    phase          VARCHAR(16)   NOT NULL,
    answered_on    DATE          NOT NULL,
    entry_method   VARCHAR(16)   NOT NULL,
    entered_by     BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_inclusion_survey_response_period FOREIGN KEY (period_id) REFERENCES training_period (id),
    CONSTRAINT uk_inclusion_survey_response UNIQUE (period_id, survey_code, phase),
    INDEX ix_inclusion_survey_response_window (survey_code, phase, answered_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

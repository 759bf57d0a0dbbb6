-- An assessment within a training period: one instrument version, one rater (the coach's own rating or the
-- trainee's self-assessment), who entered it and how, a date, a phase and a comment.
CREATE TABLE capacity_assessment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    period_id     BIGINT        NOT NULL,
    instrument_id BIGINT        NOT NULL,
    phase         VARCHAR(16)   NOT NULL,
    assessed_on   DATE          NOT NULL,
    rater         VARCHAR(16)   NOT NULL,
    entry_method  VARCHAR(16)   NOT NULL,
    entered_by_id BIGINT        NOT NULL,
    comment_text  VARCHAR(2000),
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_capacity_assessment_period FOREIGN KEY (period_id) REFERENCES training_period (id),
    CONSTRAINT fk_capacity_assessment_instrument FOREIGN KEY (instrument_id) REFERENCES capacity_instrument (id),
    CONSTRAINT fk_capacity_assessment_entered_by FOREIGN KEY (entered_by_id) REFERENCES app_user (id),
    INDEX ix_capacity_assessment_period (period_id, assessed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answer to one item of an assessment; NULL = not assessed (only where the instrument allows it).
CREATE TABLE capacity_answer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT NOT NULL,
    item_id       BIGINT NOT NULL,
    answer_value  INT,
    CONSTRAINT fk_capacity_answer_assessment FOREIGN KEY (assessment_id) REFERENCES capacity_assessment (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_capacity_answer_item FOREIGN KEY (item_id) REFERENCES capacity_item (id),
    CONSTRAINT uk_capacity_answer UNIQUE (assessment_id, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One answer of a survey response: the question's key and the chosen option's value, or a free text (open
-- questions). A question left unanswered has no row.
CREATE TABLE inclusion_survey_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    response_id  BIGINT        NOT NULL,
    question_key VARCHAR(64)   NOT NULL,
    option_value INT,
    text_value   VARCHAR(2000),
    CONSTRAINT fk_inclusion_survey_answer_response FOREIGN KEY (response_id)
        REFERENCES inclusion_survey_response (id) ON DELETE CASCADE,
    CONSTRAINT uk_inclusion_survey_answer UNIQUE (response_id, question_key),
    CONSTRAINT ck_inclusion_survey_answer CHECK (option_value IS NOT NULL OR text_value IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

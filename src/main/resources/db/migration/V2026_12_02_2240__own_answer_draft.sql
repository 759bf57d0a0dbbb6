-- The trainee's unfinished self-assessment or inclusion survey (issue #16): saved after every answer so that
-- nothing is lost when the phone sleeps, removed when the trainee sends the answers. form_key names the form
-- (e.g. capacity:<instrument id>:START, inclusion:END); answers are the answers so far as JSON.
CREATE TABLE own_answer_draft (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    period_id  BIGINT        NOT NULL,
    form_key   VARCHAR(64)   NOT NULL,
    answers    TEXT          NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_own_answer_draft_period FOREIGN KEY (period_id) REFERENCES training_period (id),
    CONSTRAINT uk_own_answer_draft UNIQUE (period_id, form_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

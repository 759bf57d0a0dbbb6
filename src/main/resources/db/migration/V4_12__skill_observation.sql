-- A skill requirement the trainee showed on a day, how independently, in which task. period_id and day repeat the
-- attendance's so that the competence ledger is one indexed range read per period.
CREATE TABLE skill_observation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    attendance_id  BIGINT       NOT NULL,
    period_id      BIGINT       NOT NULL,
    day            DATE         NOT NULL,
    requirement_id BIGINT       NOT NULL,
    task_id        BIGINT,
    level          VARCHAR(24)  NOT NULL,
    note           VARCHAR(500),
    CONSTRAINT fk_skill_observation_attendance FOREIGN KEY (attendance_id) REFERENCES attendance (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_skill_observation_requirement FOREIGN KEY (requirement_id) REFERENCES skill_requirement (id),
    CONSTRAINT fk_skill_observation_task FOREIGN KEY (task_id) REFERENCES training_task (id),
    CONSTRAINT uk_skill_observation UNIQUE (attendance_id, requirement_id),
    INDEX ix_skill_observation_ledger (period_id, requirement_id, day, level, task_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The task-library tasks to be done in a demonstration.
CREATE TABLE demonstration_task (
    demonstration_id BIGINT NOT NULL,
    task_id          BIGINT NOT NULL,
    PRIMARY KEY (demonstration_id, task_id),
    CONSTRAINT fk_demonstration_task_demonstration FOREIGN KEY (demonstration_id) REFERENCES demonstration (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_demonstration_task_task FOREIGN KEY (task_id) REFERENCES training_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tasks from the work unit's task library a trainee did on a day.
CREATE TABLE task_done (
    attendance_id BIGINT NOT NULL,
    task_id       BIGINT NOT NULL,
    PRIMARY KEY (attendance_id, task_id),
    CONSTRAINT fk_task_done_attendance FOREIGN KEY (attendance_id) REFERENCES attendance (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_done_task FOREIGN KEY (task_id) REFERENCES training_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

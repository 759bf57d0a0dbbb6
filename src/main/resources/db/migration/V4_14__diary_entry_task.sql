-- Tasks a diary entry is about.
CREATE TABLE diary_entry_task (
    entry_id BIGINT NOT NULL,
    task_id  BIGINT NOT NULL,
    PRIMARY KEY (entry_id, task_id),
    CONSTRAINT fk_diary_entry_task_entry FOREIGN KEY (entry_id) REFERENCES diary_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_diary_entry_task_task FOREIGN KEY (task_id) REFERENCES training_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The task library: a work unit's routine tasks and the recognised skill requirements each trains.
CREATE TABLE training_task (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    work_unit_id  BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000),
    difficulty    VARCHAR(32)   NOT NULL,
    tools         VARCHAR(1000),
    safety_notes  VARCHAR(2000),
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_training_task_work_unit FOREIGN KEY (work_unit_id) REFERENCES work_unit (id),
    CONSTRAINT uk_training_task_name UNIQUE (work_unit_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cards a task requires (e.g. hygieniapassi, työturvallisuuskortti).
CREATE TABLE training_task_card (
    task_id BIGINT       NOT NULL,
    card    VARCHAR(100) NOT NULL,
    PRIMARY KEY (task_id, card),
    CONSTRAINT fk_training_task_card_task FOREIGN KEY (task_id) REFERENCES training_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A task trains a skill requirement. flagged_at is set when a newer approved recognition no longer covers the
-- requirement: the coach decides what to do, the mapping is not dropped silently.
CREATE TABLE training_task_requirement (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id        BIGINT      NOT NULL,
    requirement_id BIGINT      NOT NULL,
    flagged_at     DATETIME(6),
    CONSTRAINT fk_task_requirement_task FOREIGN KEY (task_id) REFERENCES training_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_requirement_requirement FOREIGN KEY (requirement_id) REFERENCES skill_requirement (id),
    CONSTRAINT uk_task_requirement UNIQUE (task_id, requirement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

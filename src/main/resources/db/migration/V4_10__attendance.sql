-- The coach's record of one trainee's day: attendance (present, absent with a reason, sick, other) and a note.
CREATE TABLE attendance (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    period_id   BIGINT        NOT NULL,
    day         DATE          NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    reason      VARCHAR(300),
    note        VARCHAR(1000),
    recorded_by BIGINT,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_attendance_period FOREIGN KEY (period_id) REFERENCES training_period (id),
    CONSTRAINT fk_attendance_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id),
    CONSTRAINT uk_attendance_day UNIQUE (period_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The work units a user belongs to (a coach's units); access to trainees is scoped by these.
CREATE TABLE app_user_work_unit (
    user_id      BIGINT NOT NULL,
    work_unit_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, work_unit_id),
    CONSTRAINT fk_app_user_work_unit_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_app_user_work_unit_unit FOREIGN KEY (work_unit_id) REFERENCES work_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

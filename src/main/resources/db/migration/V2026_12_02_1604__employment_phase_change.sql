-- The history of a case's phase: each change with its date and why (a form saved, a job started or ended, a new
-- qualification unit restarting the school variant's process, or the coach's own decision).
CREATE TABLE employment_phase_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    case_id     BIGINT      NOT NULL,
    phase       VARCHAR(24) NOT NULL,
    changed_on  DATE        NOT NULL,
    reason      VARCHAR(24) NOT NULL,
    changed_by  BIGINT,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_employment_phase_change_case FOREIGN KEY (case_id) REFERENCES employment_case (id),
    CONSTRAINT fk_employment_phase_change_user FOREIGN KEY (changed_by) REFERENCES app_user (id),
    INDEX ix_employment_phase_change_case (case_id, changed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

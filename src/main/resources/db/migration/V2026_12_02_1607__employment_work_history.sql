-- The vocational profile's work history: tasks, what the client liked and disliked, why the job ended.
CREATE TABLE employment_work_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    case_id         BIGINT       NOT NULL,
    employer_name   VARCHAR(200) NOT NULL,
    title           VARCHAR(200),
    period_text     VARCHAR(100),
    tasks           TEXT,
    liked           TEXT,
    disliked        TEXT,
    leaving_reason  TEXT,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_employment_work_history_case FOREIGN KEY (case_id) REFERENCES employment_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

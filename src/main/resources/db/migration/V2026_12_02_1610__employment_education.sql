-- Transitions to education (koulutukseen ohjautuminen) for the coach's per-client summary.
CREATE TABLE employment_education (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    case_id      BIGINT       NOT NULL,
    institution  VARCHAR(200),
    programme    VARCHAR(300) NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE,
    outcome      VARCHAR(16)  NOT NULL,
    note         TEXT,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_employment_education_case FOREIGN KEY (case_id) REFERENCES employment_case (id),
    CONSTRAINT ck_employment_education_end CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

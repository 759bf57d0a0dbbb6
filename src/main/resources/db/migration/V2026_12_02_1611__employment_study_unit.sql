-- The school variant (seed 004): the qualification units a student is studying, workplace learning planned on
-- the student's strengths; the process restarts with each new unit.
CREATE TABLE employment_study_unit (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    case_id             BIGINT       NOT NULL,
    unit_code           VARCHAR(20),
    unit_name           VARCHAR(300) NOT NULL,
    started_on          DATE         NOT NULL,
    completed_on        DATE,
    strengths           TEXT,
    workplace_learning  TEXT,
    support_needs       TEXT,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT fk_employment_study_unit_case FOREIGN KEY (case_id) REFERENCES employment_case (id),
    CONSTRAINT ck_employment_study_unit_end CHECK (completed_on IS NULL OR completed_on >= started_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

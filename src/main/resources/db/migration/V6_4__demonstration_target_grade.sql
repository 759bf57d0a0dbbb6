-- The grade of each assessment target (arvioinnin kohde) of the unit in an assessment.
CREATE TABLE demonstration_target_grade (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    target_id      BIGINT        NOT NULL,
    grade          INT,
    note           VARCHAR(1000),
    CONSTRAINT fk_demonstration_target_grade_assessment FOREIGN KEY (assessment_id)
        REFERENCES demonstration_assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_demonstration_target_grade_target FOREIGN KEY (target_id) REFERENCES assessment_target (id),
    CONSTRAINT uk_demonstration_target_grade UNIQUE (assessment_id, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A criterion of an assessment target at one level (see CriterionLevel): the source's level code is kept too.
CREATE TABLE assessment_criterion (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_id   BIGINT      NOT NULL,
    level       VARCHAR(16) NOT NULL,
    source_code VARCHAR(32),
    stable_key  VARCHAR(64) NOT NULL,
    text_fi     TEXT        NOT NULL,
    text_sv     TEXT,
    text_en     TEXT,
    sort_order  INT         NOT NULL DEFAULT 0,
    current     BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_assessment_criterion_target FOREIGN KEY (target_id) REFERENCES assessment_target (id),
    CONSTRAINT uk_assessment_criterion_key UNIQUE (target_id, stable_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An assessment target (arvioinnin kohde) of a unit, optionally under a target area (arvioinnin kohdealue).
CREATE TABLE assessment_target (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id      BIGINT      NOT NULL,
    stable_key   VARCHAR(64) NOT NULL,
    area_name_fi VARCHAR(1000),
    area_name_sv VARCHAR(1000),
    area_name_en VARCHAR(1000),
    name_fi      VARCHAR(1000) NOT NULL,
    name_sv      VARCHAR(1000),
    name_en      VARCHAR(1000),
    sort_order   INT         NOT NULL DEFAULT 0,
    current      BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_assessment_target_unit FOREIGN KEY (unit_id) REFERENCES qualification_unit (id),
    CONSTRAINT uk_assessment_target_key UNIQUE (unit_id, stable_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

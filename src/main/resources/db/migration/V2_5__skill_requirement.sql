-- A skill requirement (ammattitaitovaatimus). code is the official code where the source has one; stable_key
-- identifies the requirement across re-imports (the code, or a hash of the unit code and normalised Finnish text).
CREATE TABLE skill_requirement (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id    BIGINT      NOT NULL,
    area_id    BIGINT      NOT NULL,
    code       VARCHAR(64),
    stable_key VARCHAR(64) NOT NULL,
    text_fi    TEXT        NOT NULL,
    text_sv    TEXT,
    text_en    TEXT,
    sort_order INT         NOT NULL DEFAULT 0,
    current    BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_skill_requirement_unit FOREIGN KEY (unit_id) REFERENCES qualification_unit (id),
    CONSTRAINT fk_skill_requirement_area FOREIGN KEY (area_id) REFERENCES requirement_area (id),
    CONSTRAINT uk_skill_requirement_key UNIQUE (unit_id, stable_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

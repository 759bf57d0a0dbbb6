-- A qualification unit (tutkinnon osa), or a sub-area (osa-alue) of a common unit when parent_unit_id is set.
-- Units belong to one qualification: the same common unit code in two qualifications is two rows.
CREATE TABLE qualification_unit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    qualification_id   BIGINT        NOT NULL,
    parent_unit_id     BIGINT,
    eperusteet_id      BIGINT,
    code               VARCHAR(64)   NOT NULL,
    name_fi            VARCHAR(500)  NOT NULL,
    name_sv            VARCHAR(500),
    name_en            VARCHAR(500),
    credits            DECIMAL(6, 1),
    unit_type          VARCHAR(64),
    scale              VARCHAR(32)   NOT NULL,
    demonstration_fi   MEDIUMTEXT,
    demonstration_sv   MEDIUMTEXT,
    demonstration_en   MEDIUMTEXT,
    sort_order         INT           NOT NULL DEFAULT 0,
    current            BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_qualification_unit_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id),
    CONSTRAINT fk_qualification_unit_parent FOREIGN KEY (parent_unit_id) REFERENCES qualification_unit (id),
    CONSTRAINT uk_qualification_unit_code UNIQUE (qualification_id, code),
    INDEX ix_qualification_unit_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The qualification's structure (suoritustavat[].rakenne): per completion mode (suoritustapakoodi: reformi, ops,
-- naytto) a tree of groups (mandatory and optional units, competence areas) whose leaves are units. Rewritten as a
-- whole by each import that changes it; nothing else refers to these rows.
CREATE TABLE qualification_structure (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    qualification_id     BIGINT        NOT NULL,
    parent_id            BIGINT,
    completion_mode      VARCHAR(32)   NOT NULL,
    sort_order           INT           NOT NULL DEFAULT 0,
    kind                 VARCHAR(16)   NOT NULL,
    name_fi              VARCHAR(500),
    name_sv              VARCHAR(500),
    name_en              VARCHAR(500),
    mandatory            BOOLEAN       NOT NULL DEFAULT FALSE,
    competence_area_uri  VARCHAR(200),
    competence_area_code VARCHAR(64),
    min_credits          DECIMAL(6, 1),
    max_credits          DECIMAL(6, 1),
    unit_viite_id        BIGINT,
    unit_code            VARCHAR(64),
    unit_credits         DECIMAL(6, 1),
    CONSTRAINT fk_qualification_structure_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id),
    CONSTRAINT fk_qualification_structure_parent FOREIGN KEY (parent_id) REFERENCES qualification_structure (id)
        ON DELETE CASCADE,
    INDEX ix_qualification_structure_qualification (qualification_id, completion_mode, sort_order)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

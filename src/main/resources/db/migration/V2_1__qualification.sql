-- A qualification (tutkinto / peruste) from ePerusteet. One row per diary number; a newer version of the same
-- qualification updates the row in place (see the catalogue importer).
CREATE TABLE qualification (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    eperusteet_id          BIGINT,
    diary_number           VARCHAR(64)   NOT NULL,
    name_fi                VARCHAR(500)  NOT NULL,
    name_sv                VARCHAR(500),
    name_en                VARCHAR(500),
    qualification_type     VARCHAR(100),
    education_codes        VARCHAR(1000),
    valid_from             DATE,
    valid_to               DATE,
    transition_ends        DATE,
    source_modified_at     DATETIME(6),
    source                 VARCHAR(1000) NOT NULL,
    imported_at            DATETIME(6)   NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    CONSTRAINT uk_qualification_diary UNIQUE (diary_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A work and functional capacity instrument (or the Osallisuusindikaattori), one row per version. Versions of
-- one instrument share its code; a version with answers is locked and editing it creates the next version.
CREATE TABLE capacity_instrument (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    code               VARCHAR(64)   NOT NULL,
    instrument_version INT           NOT NULL,
    name_fi            VARCHAR(200)  NOT NULL,
    name_sv            VARCHAR(200),
    name_en            VARCHAR(200),
    description_fi     TEXT,
    description_sv     TEXT,
    description_en     TEXT,
    kind               VARCHAR(16)   NOT NULL,
    rater_mode         VARCHAR(16)   NOT NULL,
    scale_type         VARCHAR(16)   NOT NULL,
    allow_not_assessed BOOLEAN       NOT NULL DEFAULT FALSE,
    example            BOOLEAN       NOT NULL DEFAULT FALSE,
    fixed_wording      BOOLEAN       NOT NULL DEFAULT FALSE,
    current_version    BOOLEAN       NOT NULL DEFAULT TRUE,
    active             BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_capacity_instrument_version UNIQUE (code, instrument_version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The points of an instrument version's scale: a value and its label.
CREATE TABLE capacity_scale_point (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    instrument_id BIGINT       NOT NULL,
    point_value   INT          NOT NULL,
    label_fi      VARCHAR(200) NOT NULL,
    label_sv      VARCHAR(200),
    label_en      VARCHAR(200),
    CONSTRAINT fk_capacity_scale_point_instrument FOREIGN KEY (instrument_id) REFERENCES capacity_instrument (id)
        ON DELETE CASCADE,
    CONSTRAINT uk_capacity_scale_point UNIQUE (instrument_id, point_value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A domain of an instrument version. domain_key stays the same across versions, so change is followed over them.
CREATE TABLE capacity_domain (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    instrument_id BIGINT       NOT NULL,
    domain_key    VARCHAR(64)  NOT NULL,
    name_fi       VARCHAR(200) NOT NULL,
    name_sv       VARCHAR(200),
    name_en       VARCHAR(200),
    sort_order    INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_capacity_domain_instrument FOREIGN KEY (instrument_id) REFERENCES capacity_instrument (id)
        ON DELETE CASCADE,
    CONSTRAINT uk_capacity_domain_key UNIQUE (instrument_id, domain_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An item (question or statement) of a domain.
CREATE TABLE capacity_item (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    domain_id  BIGINT        NOT NULL,
    item_key   VARCHAR(64)   NOT NULL,
    text_fi    VARCHAR(1000) NOT NULL,
    text_sv    VARCHAR(1000),
    text_en    VARCHAR(1000),
    sort_order INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_capacity_item_domain FOREIGN KEY (domain_id) REFERENCES capacity_domain (id) ON DELETE CASCADE,
    CONSTRAINT uk_capacity_item_key UNIQUE (domain_id, item_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

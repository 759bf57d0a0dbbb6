-- A fidelity (quality-criteria) review instrument, one row per version, loaded from a resource file
-- (fidelity/*.json) or by ./run fidelity-load; a loaded version never changes. working_text marks texts that are
-- Taitoura's working renderings, not the official wording.
CREATE TABLE fidelity_instrument (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    code               VARCHAR(64)   NOT NULL,
    instrument_version INT           NOT NULL,
    name_fi            VARCHAR(300)  NOT NULL,
    name_sv            VARCHAR(300),
    name_en            VARCHAR(300),
    description_fi     TEXT,
    description_sv     TEXT,
    description_en     TEXT,
    scale_min          INT           NOT NULL,
    scale_max          INT           NOT NULL,
    working_text       BOOLEAN       NOT NULL DEFAULT FALSE,
    source             VARCHAR(300)  NOT NULL,
    sha256             VARCHAR(64)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_fidelity_instrument_version UNIQUE (code, instrument_version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

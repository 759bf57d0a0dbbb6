-- A section of a fidelity instrument (staffing, organisation, services; education), belonging to one subscale.
CREATE TABLE fidelity_section (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    instrument_id BIGINT        NOT NULL,
    subscale_id   BIGINT        NOT NULL,
    section_key   VARCHAR(64)   NOT NULL,
    name_fi       VARCHAR(200)  NOT NULL,
    name_sv       VARCHAR(200),
    name_en       VARCHAR(200),
    sort_order    INT           NOT NULL,
    CONSTRAINT fk_fidelity_section_instrument FOREIGN KEY (instrument_id) REFERENCES fidelity_instrument (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_fidelity_section_subscale FOREIGN KEY (subscale_id) REFERENCES fidelity_subscale (id),
    CONSTRAINT uk_fidelity_section UNIQUE (instrument_id, section_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A subscale of a fidelity instrument (IPS-25: one; the school variant: employment and education), with the score
-- bands its total falls into (e.g. 115-125 exemplary); a subscale may have no bands.
CREATE TABLE fidelity_subscale (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    instrument_id BIGINT        NOT NULL,
    subscale_key  VARCHAR(64)   NOT NULL,
    name_fi       VARCHAR(200)  NOT NULL,
    name_sv       VARCHAR(200),
    name_en       VARCHAR(200),
    sort_order    INT           NOT NULL,
    CONSTRAINT fk_fidelity_subscale_instrument FOREIGN KEY (instrument_id) REFERENCES fidelity_instrument (id)
        ON DELETE CASCADE,
    CONSTRAINT uk_fidelity_subscale UNIQUE (instrument_id, subscale_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

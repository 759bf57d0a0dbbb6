-- A score band of a subscale's total: from min_total to max_total inclusive, with its label.
CREATE TABLE fidelity_band (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    subscale_id BIGINT        NOT NULL,
    min_total   INT           NOT NULL,
    max_total   INT           NOT NULL,
    label_fi    VARCHAR(200)  NOT NULL,
    label_sv    VARCHAR(200),
    label_en    VARCHAR(200),
    CONSTRAINT fk_fidelity_band_subscale FOREIGN KEY (subscale_id) REFERENCES fidelity_subscale (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_fidelity_band CHECK (max_total >= min_total)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

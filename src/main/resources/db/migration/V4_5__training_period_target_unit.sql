-- The qualification units a period aims at (the competence ledger follows these).
CREATE TABLE training_period_target_unit (
    period_id BIGINT NOT NULL,
    unit_id   BIGINT NOT NULL,
    PRIMARY KEY (period_id, unit_id),
    CONSTRAINT fk_period_target_unit_period FOREIGN KEY (period_id) REFERENCES training_period (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_period_target_unit_unit FOREIGN KEY (unit_id) REFERENCES qualification_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the trainee has agreed may be shared, with whom (one row per kind of consent).
CREATE TABLE trainee_consent (
    trainee_id  BIGINT      NOT NULL,
    consent     VARCHAR(48) NOT NULL,
    PRIMARY KEY (trainee_id, consent),
    CONSTRAINT fk_trainee_consent_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

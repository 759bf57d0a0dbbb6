-- A trainee (valmentautuja). Minimal data by design; the personal identity code is optional and stored only
-- encrypted (AES-GCM, key from configuration), with a keyed hash for finding duplicates.
CREATE TABLE trainee (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    organisation_id    BIGINT       NOT NULL,
    first_name         VARCHAR(100) NOT NULL,
    last_name          VARCHAR(100) NOT NULL,
    date_of_birth      DATE         NOT NULL,
    personal_id_enc    VARCHAR(200),
    personal_id_hash   VARCHAR(64),
    phone              VARCHAR(40),
    email              VARCHAR(200),
    address            VARCHAR(300),
    languages          VARCHAR(200),
    support_needs      TEXT,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_trainee_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_trainee_personal_id UNIQUE (personal_id_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A card held by a trainee, with issue and expiry dates.
CREATE TABLE trainee_card (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    trainee_id   BIGINT       NOT NULL,
    card_type_id BIGINT       NOT NULL,
    issued_on    DATE         NOT NULL,
    expires_on   DATE,
    note         VARCHAR(500),
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_trainee_card_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id),
    CONSTRAINT fk_trainee_card_type FOREIGN KEY (card_type_id) REFERENCES card_type (id),
    CONSTRAINT ck_trainee_card_dates CHECK (expires_on IS NULL OR expires_on >= issued_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

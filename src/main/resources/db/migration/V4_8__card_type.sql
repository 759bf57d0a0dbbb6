-- The editable list of cards and passes (hygieniapassi, työturvallisuuskortti, ...).
CREATE TABLE card_type (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    name          VARCHAR(100) NOT NULL,
    validity_years INT,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_card_type_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO card_type (name, validity_years, created_at, updated_at) VALUES
    ('Hygieniapassi', NULL, NOW(6), NOW(6)),
    ('Työturvallisuuskortti', 5, NOW(6), NOW(6)),
    ('Tulityökortti', 5, NOW(6), NOW(6)),
    ('Ensiapukortti EA1', 3, NOW(6), NOW(6)),
    ('Ensiapukortti EA2', 3, NOW(6), NOW(6)),
    ('Tieturva 1', 5, NOW(6), NOW(6)),
    ('Anniskelupassi', NULL, NOW(6), NOW(6)),
    ('Trukkikortti', NULL, NOW(6), NOW(6));

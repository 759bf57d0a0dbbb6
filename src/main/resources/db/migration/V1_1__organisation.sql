-- Organisations that run training environments: a municipality, a wellbeing services county, an association.
CREATE TABLE organisation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    name         VARCHAR(200) NOT NULL,
    type         VARCHAR(32)  NOT NULL,
    municipality VARCHAR(100),
    business_id  VARCHAR(20),
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_organisation_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

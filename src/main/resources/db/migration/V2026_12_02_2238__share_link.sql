-- Issue 16: a trainee's share links. The trainee chooses certificates to show an employer or a school; the link
-- expires and can be revoked; the token is stored only as a SHA-256 hash. Each opening is kept with its time only
-- (no address, no browser: ADR 0030).
CREATE TABLE share_link (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    trainee_id  BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    label       VARCHAR(80)  NULL,
    expires_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    CONSTRAINT uq_share_link_token UNIQUE (token_hash),
    INDEX ix_share_link_trainee (trainee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE share_link_document (
    link_id           BIGINT      NOT NULL,
    position          INT         NOT NULL,
    certificate_id    BIGINT      NOT NULL,
    verification_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (link_id, position),
    CONSTRAINT fk_share_link_document_link FOREIGN KEY (link_id) REFERENCES share_link (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE share_link_opening (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    link_id   BIGINT      NOT NULL,
    opened_at DATETIME(6) NOT NULL,
    INDEX ix_share_link_opening_link (link_id, opened_at),
    CONSTRAINT fk_share_link_opening_link FOREIGN KEY (link_id) REFERENCES share_link (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

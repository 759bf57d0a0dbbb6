-- Passkeys (issue 16, ADR 0033): the WebAuthn user handles of Spring Security's
-- JdbcPublicKeyCredentialUserEntityRepository, with the columns of its user-entities-schema.sql.
-- id is the base64url user handle (at most 64 bytes, 86 characters) and name the account's user name.
-- ASCII keeps the 1000-character key within InnoDB's 3072-byte index limit.
CREATE TABLE user_entities (
    id           VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name         VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    display_name VARCHAR(200),
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_entities_name (name)
);

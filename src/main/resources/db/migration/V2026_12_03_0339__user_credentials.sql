-- Passkeys (issue 16, ADR 0033): the credentials of Spring Security's JdbcUserCredentialRepository, with the
-- columns of its user-credentials-schema.sql in MariaDB types. Ids are base64url (ASCII, so the keys fit InnoDB's
-- index limit); the public key and the attestation are bytes; created and last_used are instants (UTC).
-- No foreign key to user_entities: Spring's repositories write the two tables independently, as in its schema.
CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_entity_user_id          VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    public_key                   BLOB          NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BLOB,
    attestation_client_data_json BLOB,
    created                      DATETIME(6),
    last_used                    DATETIME(6),
    label                        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (credential_id),
    KEY ix_user_credentials_user (user_entity_user_id)
);

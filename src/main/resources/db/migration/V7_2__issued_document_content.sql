-- The issued PDF itself, frozen: what was delivered is what can be downloaded again.
CREATE TABLE issued_document_content (
    document_id BIGINT   NOT NULL PRIMARY KEY,
    pdf         LONGBLOB NOT NULL,
    CONSTRAINT fk_issued_document_content FOREIGN KEY (document_id) REFERENCES issued_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

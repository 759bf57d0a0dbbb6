-- An issued competence certificate (osaamistodistus) of a period: the frozen data it shows (snapshot, JSON),
-- also the source of its Open Badges credential; the PDF itself is in issued_document_content.
CREATE TABLE competence_certificate (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    period_id   BIGINT      NOT NULL,
    language    VARCHAR(8)  NOT NULL,
    snapshot    MEDIUMTEXT  NOT NULL,
    document_id BIGINT      NOT NULL,
    created_by  BIGINT,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_competence_certificate_period FOREIGN KEY (period_id) REFERENCES training_period (id),
    CONSTRAINT fk_competence_certificate_document FOREIGN KEY (document_id) REFERENCES issued_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

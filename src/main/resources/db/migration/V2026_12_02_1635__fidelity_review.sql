-- A fidelity self-review (laatukriteeriarviointi) of one service by a team: the instrument version, the
-- organisation and the service reviewed, the date, external reviewers by name, the action plan, DRAFT or FINAL.
CREATE TABLE fidelity_review (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    instrument_id      BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    service_name       VARCHAR(200)  NOT NULL,
    reviewed_on        DATE          NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    external_reviewers VARCHAR(500),
    action_plan        TEXT,
    created_by         BIGINT,
    finalised_at       DATETIME(6),
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_fidelity_review_instrument FOREIGN KEY (instrument_id) REFERENCES fidelity_instrument (id),
    CONSTRAINT fk_fidelity_review_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_fidelity_review_org (organisation_id, reviewed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which trainees a list view showed, so that "who saw client X" includes lists and not only opened records.
CREATE TABLE audit_log_trainee (
    audit_id        BIGINT NOT NULL,
    trainee_id      BIGINT NOT NULL,
    organisation_id BIGINT,
    PRIMARY KEY (audit_id, trainee_id),
    INDEX ix_audit_log_trainee_trainee (trainee_id),
    INDEX ix_audit_log_trainee_organisation (organisation_id),
    CONSTRAINT fk_audit_log_trainee_audit FOREIGN KEY (audit_id) REFERENCES audit_log (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The case's forms as dated structured records: referral (Lähete), cooperation agreement (Yhteistyösopimus),
-- vocational profile (A), closure (E) edited in place; the job-search plan, the in-work support plan (of one job)
-- and the study plan versioned (a new revision for each change, earlier ones kept). The forms' free-text fields
-- are rows of employment_form_text (field keys from a declarative list in code); typed parts are columns: the
-- consent to exchange information (referral), disclosure to employers (agreement), review date, job.
CREATE TABLE employment_form (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    case_id     BIGINT      NOT NULL,
    kind        VARCHAR(24) NOT NULL,
    revision    INT         NOT NULL,
    form_date   DATE        NOT NULL,
    review_on   DATE,
    job_id      BIGINT,
    consent     BOOLEAN,
    disclosure  BOOLEAN,
    created_by  BIGINT,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_employment_form_case FOREIGN KEY (case_id) REFERENCES employment_case (id),
    CONSTRAINT fk_employment_form_job FOREIGN KEY (job_id) REFERENCES employment_job (id),
    CONSTRAINT fk_employment_form_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT uk_employment_form_revision UNIQUE (case_id, kind, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employment_form_text (
    form_id  BIGINT      NOT NULL,
    field    VARCHAR(48) NOT NULL,
    value    TEXT        NOT NULL,
    PRIMARY KEY (form_id, field),
    CONSTRAINT fk_employment_form_text_form FOREIGN KEY (form_id) REFERENCES employment_form (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The parties the client has agreed may be contacted (cooperation agreement).
CREATE TABLE employment_form_party (
    form_id  BIGINT      NOT NULL,
    party    VARCHAR(32) NOT NULL,
    PRIMARY KEY (form_id, party),
    CONSTRAINT fk_employment_form_party_form FOREIGN KEY (form_id) REFERENCES employment_form (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Form B (Työnantajatapaaminen): a job coach's contact with an employer of the register, in person or not, first
-- or follow-up, and the clients discussed (their cases). Employer contacts per coach per week and days from
-- agreement to a client's first employer contact are aggregates of these rows.
CREATE TABLE employer_contact (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    employer_id   BIGINT       NOT NULL,
    coach_id      BIGINT       NOT NULL,
    contact_date  DATE         NOT NULL,
    person_id     BIGINT,
    person_name   VARCHAR(200),
    in_person     BOOLEAN      NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    purpose       TEXT,
    outcome       TEXT,
    next_step     TEXT,
    next_step_on  DATE,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_employer_contact_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_employer_contact_coach FOREIGN KEY (coach_id) REFERENCES app_user (id),
    CONSTRAINT fk_employer_contact_person FOREIGN KEY (person_id) REFERENCES employer_person (id),
    INDEX ix_employer_contact_employer (employer_id, contact_date),
    INDEX ix_employer_contact_coach (coach_id, contact_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employer_contact_case (
    contact_id  BIGINT NOT NULL,
    case_id     BIGINT NOT NULL,
    PRIMARY KEY (contact_id, case_id),
    CONSTRAINT fk_employer_contact_case_contact FOREIGN KEY (contact_id) REFERENCES employer_contact (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_employer_contact_case_case FOREIGN KEY (case_id) REFERENCES employment_case (id),
    INDEX ix_employer_contact_case_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Environment recognition (oppimisympäristön tunnistaminen, PAIKKO "työversio"): one row per version. A work unit
-- has a chain of versions (revision 1, 2, ...); an approved version is never changed again, a revision is a new row.
CREATE TABLE environment_recognition (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    work_unit_id     BIGINT        NOT NULL,
    revision         INT           NOT NULL,
    previous_id      BIGINT,
    state            VARCHAR(16)   NOT NULL,
    work_description TEXT,
    reviewer_id      BIGINT,
    created_by_id    BIGINT,
    submitted_by_id  BIGINT,
    submitted_at     DATETIME(6),
    decided_by_id    BIGINT,
    decided_at       DATETIME(6),
    decision_comment VARCHAR(2000),
    approved_on      DATE,
    next_review_on   DATE,
    superseded_at    DATETIME(6),
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_recognition_work_unit FOREIGN KEY (work_unit_id) REFERENCES work_unit (id),
    CONSTRAINT fk_recognition_previous FOREIGN KEY (previous_id) REFERENCES environment_recognition (id),
    CONSTRAINT fk_recognition_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id),
    CONSTRAINT fk_recognition_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_recognition_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_recognition_decided_by FOREIGN KEY (decided_by_id) REFERENCES app_user (id),
    CONSTRAINT uk_recognition_revision UNIQUE (work_unit_id, revision),
    INDEX ix_recognition_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The qualifications a recognition covers.
CREATE TABLE environment_recognition_qualification (
    recognition_id   BIGINT NOT NULL,
    qualification_id BIGINT NOT NULL,
    PRIMARY KEY (recognition_id, qualification_id),
    CONSTRAINT fk_recognition_qualification_recognition FOREIGN KEY (recognition_id)
        REFERENCES environment_recognition (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_qualification_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a recognition ticks: a unit (kind UNIT), a skill requirement (REQUIREMENT) or a T1 assessment criterion
-- (CRITERION). unit_id is always the qualification unit the item belongs to. The reviewer accepts or rejects items.
CREATE TABLE recognition_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    recognition_id BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    unit_id        BIGINT        NOT NULL,
    requirement_id BIGINT,
    criterion_id   BIGINT,
    practice       VARCHAR(2000),
    review_status  VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    review_comment VARCHAR(2000),
    CONSTRAINT fk_recognition_item_recognition FOREIGN KEY (recognition_id) REFERENCES environment_recognition (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_recognition_item_unit FOREIGN KEY (unit_id) REFERENCES qualification_unit (id),
    CONSTRAINT fk_recognition_item_requirement FOREIGN KEY (requirement_id) REFERENCES skill_requirement (id),
    CONSTRAINT fk_recognition_item_criterion FOREIGN KEY (criterion_id) REFERENCES assessment_criterion (id),
    INDEX ix_recognition_item_requirement (requirement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what to a recognition and when (created, saved, submitted, approved, returned, revised).
CREATE TABLE recognition_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    recognition_id BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor_id       BIGINT,
    actor_name     VARCHAR(200)  NOT NULL,
    action         VARCHAR(32)   NOT NULL,
    details        VARCHAR(2000),
    CONSTRAINT fk_recognition_event_recognition FOREIGN KEY (recognition_id) REFERENCES environment_recognition (id)
        ON DELETE CASCADE,
    INDEX ix_recognition_event_recognition (recognition_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

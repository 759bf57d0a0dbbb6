-- The teacher's assessment of a demonstration. A draft (signed_at NULL) may be edited by the assigned teacher;
-- signing locks it. A correction is a new row that refers to the signed one it corrects (corrects_id); when the
-- correction is signed, the old one is marked superseded. Grades: 0 = not passed (hylätty); 1-5 or 1-3 on the
-- unit's numeric scale; 1 = passed (hyväksytty) on a pass/fail scale.
-- decided_by / discussion: comma-separated codes of koodisto ammatillisennaytonarvioinnistapaattaneet and
-- ammatillisennaytonarviointikeskusteluunosallistuneet.
CREATE TABLE demonstration_assessment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    demonstration_id  BIGINT        NOT NULL,
    revision          INT           NOT NULL,
    assessed_on       DATE,
    overall_grade     INT,
    decided_by        VARCHAR(32),
    discussion        VARCHAR(32),
    comments          VARCHAR(4000),
    rejection_reason  VARCHAR(2000),
    corrects_id       BIGINT,
    correction_reason VARCHAR(1000),
    superseded        BOOLEAN       NOT NULL DEFAULT FALSE,
    assessor_id       BIGINT        NOT NULL,
    signed_at         DATETIME(6),
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_demonstration_assessment_demonstration FOREIGN KEY (demonstration_id)
        REFERENCES demonstration (id),
    CONSTRAINT fk_demonstration_assessment_corrects FOREIGN KEY (corrects_id) REFERENCES demonstration_assessment (id),
    CONSTRAINT fk_demonstration_assessment_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
    CONSTRAINT uk_demonstration_assessment_revision UNIQUE (demonstration_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

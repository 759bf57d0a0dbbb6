-- Events on a case: meetings, network meetings, benefits counselling (etuusneuvonta, principle 8, with the
-- benefits discussed) and follow-ups after closure (form E: the client's status at the follow-up).
CREATE TABLE employment_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    case_id      BIGINT       NOT NULL,
    event_date   DATE         NOT NULL,
    kind         VARCHAR(24)  NOT NULL,
    status       VARCHAR(32),
    note         TEXT,
    recorded_by  BIGINT,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_employment_event_case FOREIGN KEY (case_id) REFERENCES employment_case (id),
    CONSTRAINT fk_employment_event_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id),
    INDEX ix_employment_event_case (case_id, event_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employment_event_topic (
    event_id  BIGINT      NOT NULL,
    topic     VARCHAR(32) NOT NULL,
    PRIMARY KEY (event_id, topic),
    CONSTRAINT fk_employment_event_topic_event FOREIGN KEY (event_id) REFERENCES employment_event (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

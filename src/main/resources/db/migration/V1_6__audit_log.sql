-- Who read or changed which record, when, and what changed. Append-only (see V1_7).
CREATE TABLE audit_log (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)  NOT NULL,
    actor_user_id BIGINT,
    actor         VARCHAR(64)  NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    entity_type   VARCHAR(64)  NOT NULL,
    entity_id     BIGINT,
    trainee_id    BIGINT,
    details       TEXT,
    INDEX ix_audit_log_time (occurred_at),
    INDEX ix_audit_log_actor (actor, occurred_at),
    INDEX ix_audit_log_entity (entity_type, entity_id),
    INDEX ix_audit_log_trainee (trainee_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

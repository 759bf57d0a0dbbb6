-- How a finalised end-of-period summary was delivered to a referrer who has no Taitoura account (issue 13): the
-- way (secure e-mail, by hand, post), the date, who recorded it and an optional short reference without personal
-- data. One delivery record per summary revision; a correction is a new revision with its own record.
CREATE TABLE summary_delivery (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    summary_id   BIGINT       NOT NULL,
    method       VARCHAR(24)  NOT NULL,
    delivered_on DATE         NOT NULL,
    reference    VARCHAR(120),
    recorded_by  BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_summary_delivery_summary FOREIGN KEY (summary_id) REFERENCES period_summary (id),
    CONSTRAINT uk_summary_delivery_summary UNIQUE (summary_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recommendations for the next step, one row per kind chosen, each with free text.
CREATE TABLE summary_recommendation (
    summary_id BIGINT      NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    text       TEXT,
    PRIMARY KEY (summary_id, kind),
    CONSTRAINT fk_summary_recommendation FOREIGN KEY (summary_id) REFERENCES period_summary (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

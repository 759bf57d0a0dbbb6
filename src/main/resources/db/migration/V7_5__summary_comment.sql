-- Comments on a draft summary (the coach's comments to the career agent).
CREATE TABLE summary_comment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    summary_id BIGINT      NOT NULL,
    author_id  BIGINT,
    text       TEXT        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_summary_comment_summary FOREIGN KEY (summary_id) REFERENCES period_summary (id),
    CONSTRAINT fk_summary_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

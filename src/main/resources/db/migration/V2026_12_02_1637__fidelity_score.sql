-- The score (1-5, NULL while not yet scored in a draft) and note of one item in a fidelity review.
CREATE TABLE fidelity_score (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id  BIGINT        NOT NULL,
    item_id    BIGINT        NOT NULL,
    score      INT,
    note       VARCHAR(2000),
    CONSTRAINT fk_fidelity_score_review FOREIGN KEY (review_id) REFERENCES fidelity_review (id) ON DELETE CASCADE,
    CONSTRAINT fk_fidelity_score_item FOREIGN KEY (item_id) REFERENCES fidelity_item (id),
    CONSTRAINT uk_fidelity_score UNIQUE (review_id, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

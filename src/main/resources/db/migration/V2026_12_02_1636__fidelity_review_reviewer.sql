-- The Taitoura users named as reviewers of a fidelity review: they may open and score it.
CREATE TABLE fidelity_review_reviewer (
    review_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (review_id, user_id),
    CONSTRAINT fk_fidelity_review_reviewer_review FOREIGN KEY (review_id) REFERENCES fidelity_review (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_fidelity_review_reviewer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

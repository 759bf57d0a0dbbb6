-- A dated follow-up entry on a personal goal.
CREATE TABLE goal_follow_up (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    goal_id    BIGINT      NOT NULL,
    entry_date DATE        NOT NULL,
    note       TEXT        NOT NULL,
    author_id  BIGINT,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_goal_follow_up_goal FOREIGN KEY (goal_id) REFERENCES personal_goal (id),
    CONSTRAINT fk_goal_follow_up_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

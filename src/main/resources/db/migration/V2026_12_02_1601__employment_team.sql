-- Supported employment (työhönvalmennus, issue #14): a team of job coaches (työhönvalmentajien tiimi) in an
-- organisation. Cases and the employer register belong to a team; its members are job coaches and team leads.
CREATE TABLE employment_team (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_employment_team_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_employment_team_name UNIQUE (organisation_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employment_team_member (
    team_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (team_id, user_id),
    CONSTRAINT fk_employment_team_member_team FOREIGN KEY (team_id) REFERENCES employment_team (id) ON DELETE CASCADE,
    CONSTRAINT fk_employment_team_member_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_employment_team_member_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

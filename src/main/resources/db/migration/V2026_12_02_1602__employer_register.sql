-- The team's shared employer register: employers and their contact people, so that contacts and job starts
-- (the "three cups of tea" relationship) are kept per employer, not per client.
CREATE TABLE employer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    team_id      BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    business_id  VARCHAR(20),
    sector       VARCHAR(200),
    address      VARCHAR(300),
    phone        VARCHAR(40),
    email        VARCHAR(200),
    notes        TEXT,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_employer_team FOREIGN KEY (team_id) REFERENCES employment_team (id),
    CONSTRAINT uk_employer_name UNIQUE (team_id, name),
    CONSTRAINT uk_employer_business_id UNIQUE (team_id, business_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employer_person (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    employer_id  BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    title        VARCHAR(200),
    phone        VARCHAR(40),
    email        VARCHAR(200),
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_employer_person_employer FOREIGN KEY (employer_id) REFERENCES employer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

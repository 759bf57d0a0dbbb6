-- One row per import attempt of one ePerusteet document (file upload, command line, fetch, first start):
-- what was imported, from where, by whom, the outcome and the counts. Rejected files are recorded too.
CREATE TABLE catalogue_import (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at       DATETIME(6)   NOT NULL,
    duration_ms      BIGINT        NOT NULL DEFAULT 0,
    actor            VARCHAR(100)  NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    source           VARCHAR(1000) NOT NULL,
    outcome          VARCHAR(16)   NOT NULL,
    qualification_id BIGINT,
    diary_number     VARCHAR(64),
    name_fi          VARCHAR(500),
    units            INT           NOT NULL DEFAULT 0,
    requirements     INT           NOT NULL DEFAULT 0,
    criteria         INT           NOT NULL DEFAULT 0,
    message          TEXT,
    INDEX ix_catalogue_import_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

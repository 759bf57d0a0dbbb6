-- Competence areas (osaamisalat) and qualification titles (tutkintonimikkeet) of a qualification.
CREATE TABLE qualification_title (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    qualification_id BIGINT       NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    code             VARCHAR(100),
    name_fi          VARCHAR(500) NOT NULL,
    name_sv          VARCHAR(500),
    name_en          VARCHAR(500),
    sort_order       INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_qualification_title_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

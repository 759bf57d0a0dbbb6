-- An item (criterion) of a fidelity instrument: its number in the form (1-25 or 1-35), a stable key, the title
-- and what full points look like.
CREATE TABLE fidelity_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    section_id     BIGINT        NOT NULL,
    item_number    INT           NOT NULL,
    item_key       VARCHAR(64)   NOT NULL,
    title_fi       VARCHAR(300)  NOT NULL,
    title_sv       VARCHAR(300),
    title_en       VARCHAR(300),
    description_fi VARCHAR(2000),
    description_sv VARCHAR(2000),
    description_en VARCHAR(2000),
    CONSTRAINT fk_fidelity_item_section FOREIGN KEY (section_id) REFERENCES fidelity_section (id)
        ON DELETE CASCADE,
    CONSTRAINT uk_fidelity_item UNIQUE (section_id, item_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

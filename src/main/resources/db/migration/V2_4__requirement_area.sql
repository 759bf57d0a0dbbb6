-- A requirement area (ammattitaitovaatimusten kohdealue) of a unit; name is null for a unit whose requirements
-- are not grouped (2014 format).
CREATE TABLE requirement_area (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id    BIGINT       NOT NULL,
    stable_key VARCHAR(64)  NOT NULL,
    name_fi    VARCHAR(1000),
    name_sv    VARCHAR(1000),
    name_en    VARCHAR(1000),
    sort_order INT          NOT NULL DEFAULT 0,
    current    BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_requirement_area_unit FOREIGN KEY (unit_id) REFERENCES qualification_unit (id),
    CONSTRAINT uk_requirement_area_key UNIQUE (unit_id, stable_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

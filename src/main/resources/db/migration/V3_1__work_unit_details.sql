-- Work unit details managed by the workplace feature: sector, address, contact person and coaching capacity.
ALTER TABLE work_unit
    ADD COLUMN sector             VARCHAR(40)   NOT NULL DEFAULT 'OTHER',
    ADD COLUMN street_address     VARCHAR(200),
    ADD COLUMN postal_code        VARCHAR(10),
    ADD COLUMN post_office        VARCHAR(100),
    ADD COLUMN contact_name       VARCHAR(200),
    ADD COLUMN contact_phone      VARCHAR(40),
    ADD COLUMN contact_email      VARCHAR(200),
    ADD COLUMN trainees_per_coach INT           NOT NULL DEFAULT 10,
    ADD COLUMN description        VARCHAR(2000);

-- The identifiers integrations need (issue 17): the unit's or sub-area's code URI and code version in OPH's
-- koodisto (e.g. tutkinnonosat_106730 / 1, ammatillisenoppiaineet_vvai22 / 1) and the unit's reference id in the
-- qualification (tutkinnonosaViiteId: ePerusteet's addresses and eHOKS use it). Null where the source has none.
ALTER TABLE qualification_unit
    ADD COLUMN code_uri     VARCHAR(200),
    ADD COLUMN code_version INT,
    ADD COLUMN viite_id     BIGINT;

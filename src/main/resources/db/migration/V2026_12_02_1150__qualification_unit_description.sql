-- A unit's or sub-area's description (kuvaus) and the lead-in subject of its requirement sentences
-- ("Opiskelija", "Den studerande", "The student"). Until now a sub-area's description was stored in the
-- demonstration columns (ways of demonstrating competence): it moves to the new columns here.
ALTER TABLE qualification_unit
    ADD COLUMN description_fi         MEDIUMTEXT,
    ADD COLUMN description_sv         MEDIUMTEXT,
    ADD COLUMN description_en         MEDIUMTEXT,
    ADD COLUMN requirement_subject_fi VARCHAR(200),
    ADD COLUMN requirement_subject_sv VARCHAR(200),
    ADD COLUMN requirement_subject_en VARCHAR(200);

UPDATE qualification_unit
   SET description_fi = demonstration_fi, description_sv = demonstration_sv, description_en = demonstration_en,
       demonstration_fi = NULL, demonstration_sv = NULL, demonstration_en = NULL
 WHERE parent_unit_id IS NOT NULL;

-- The diary numbers a qualification replaces (korvattavatDiaarinumerot, comma-separated) and the importer format
-- that wrote the row: a row written by an older importer is re-written by the next import of the same document
-- even when the document itself has not changed, so that new fields are filled once.
ALTER TABLE qualification
    ADD COLUMN replaced_diary_numbers VARCHAR(1000),
    ADD COLUMN import_format          INT NOT NULL DEFAULT 1;

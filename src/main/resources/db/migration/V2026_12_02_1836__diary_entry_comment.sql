-- Issue 16: the coach comments a diary entry the trainee wrote; once commented the trainee no longer edits it.
ALTER TABLE diary_entry
    ADD COLUMN coach_comment TEXT NULL,
    ADD COLUMN commented_by BIGINT NULL,
    ADD COLUMN commented_at DATETIME(6) NULL;

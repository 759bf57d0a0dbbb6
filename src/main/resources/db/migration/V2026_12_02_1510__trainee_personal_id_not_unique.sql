-- The duplicate check no longer refuses a personal identity code that another trainee has (that told any coach that
-- a person is a client anywhere). The code is stored; an administrator links the duplicates (issue 12, finding 5).
ALTER TABLE trainee DROP INDEX uk_trainee_personal_id, ADD INDEX ix_trainee_personal_id_hash (personal_id_hash);

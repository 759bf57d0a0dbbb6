-- Issue 16: a trainee may have their own sign-in account (role TRAINEE); the account by id (user feature).
ALTER TABLE trainee ADD COLUMN user_id BIGINT NULL, ADD CONSTRAINT uq_trainee_user UNIQUE (user_id);

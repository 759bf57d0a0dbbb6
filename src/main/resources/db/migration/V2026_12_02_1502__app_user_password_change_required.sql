-- A password set by an administrator (new account, reset) must be changed by its owner at the next sign-in.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;

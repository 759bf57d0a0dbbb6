-- Issue 16: one-time sign-in codes (Spring Security one-time-token login) for activating a trainee's account.
-- Only a SHA-256 hash of the code is stored; a code is consumed once and expires.
CREATE TABLE one_time_code (
    code_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    username   VARCHAR(64) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    INDEX ix_one_time_code_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- User names compare byte for byte: an accent- or width-insensitive collation let "välmentaja" or full-width
-- letters sign in as "valmentaja" past the lock-out that counts failures per account (issue 12, finding 3).
ALTER TABLE app_user MODIFY username VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

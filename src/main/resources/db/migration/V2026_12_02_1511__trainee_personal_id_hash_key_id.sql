-- The duplicate-check hash carries the id of its key ("h1:<64 hex>"), so keys can be rotated (issue 12, finding 9).
ALTER TABLE trainee MODIFY personal_id_hash VARCHAR(80);

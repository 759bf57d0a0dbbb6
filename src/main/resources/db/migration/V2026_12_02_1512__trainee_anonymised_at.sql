-- When the data lifecycle anonymised the client (their retention ended); null while the record is in use.
ALTER TABLE trainee ADD COLUMN anonymised_at DATETIME(6);

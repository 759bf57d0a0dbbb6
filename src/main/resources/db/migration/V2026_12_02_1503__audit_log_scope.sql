-- The audit log is scoped by organisation: the organisation whose record it is (the trainee's, else the actor's)
-- and the actor's own organisation. An administrator of an organisation reads the entries of either.
ALTER TABLE audit_log
    ADD COLUMN organisation_id BIGINT AFTER trainee_id,
    ADD COLUMN actor_organisation_id BIGINT AFTER organisation_id,
    ADD INDEX ix_audit_log_organisation (organisation_id, occurred_at),
    ADD INDEX ix_audit_log_actor_organisation (actor_organisation_id, occurred_at);

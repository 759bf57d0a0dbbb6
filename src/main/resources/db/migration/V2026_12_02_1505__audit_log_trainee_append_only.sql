-- Like the audit log itself, the list of trainees an entry showed cannot be edited or deleted.
CREATE TRIGGER audit_log_trainee_no_update BEFORE UPDATE ON audit_log_trainee FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log_trainee is append-only';
CREATE TRIGGER audit_log_trainee_no_delete BEFORE DELETE ON audit_log_trainee FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log_trainee is append-only';

-- Entries written before issue 12 copied personal data (names, phone numbers, addresses, support needs, goal texts,
-- reasons) into details. Details now hold only codes (key=value, ids and kinds). This removes the old free text
-- once, records that it did so in the log itself, and puts the append-only trigger back.
INSERT INTO audit_log (occurred_at, actor_user_id, actor, action, entity_type, entity_id, trainee_id, details)
SELECT UTC_TIMESTAMP(6), NULL, 'system', 'ERASE', 'AuditLog', NULL, NULL, CONCAT('what=legacyDetails;count=', COUNT(*))
FROM audit_log WHERE details IS NOT NULL AND details NOT REGEXP '^[a-zA-Z]+=[A-Za-z0-9_.,:-]*(;[a-zA-Z]+=[A-Za-z0-9_.,:-]*)*$';
DROP TRIGGER audit_log_no_update;
UPDATE audit_log SET details = 'what=redacted'
WHERE details IS NOT NULL AND details NOT REGEXP '^[a-zA-Z]+=[A-Za-z0-9_.,:-]*(;[a-zA-Z]+=[A-Za-z0-9_.,:-]*)*$';
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

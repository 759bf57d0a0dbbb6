-- The trainee feature's published SQL contract for reports (ADR 0022): the coaches of each training period.
CREATE SQL SECURITY INVOKER VIEW report_period_coach AS
SELECT c.period_id, c.user_id AS coach_id
FROM training_period_coach c;

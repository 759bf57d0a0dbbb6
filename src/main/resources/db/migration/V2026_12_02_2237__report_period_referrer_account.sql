-- The trainee feature's reporting contract (ADR 0022) gains referrer_has_account: 1 when the period's referrer is a
-- Taitoura user (who receives the finalised summary in the application), 0 for an external referrer known by name
-- only. Reports count a summary as delivered through it or through the summary feature's delivery record (issue 13).
CREATE OR REPLACE SQL SECURITY INVOKER VIEW report_period AS
SELECT p.id AS period_id, p.trainee_id, p.work_unit_id, w.organisation_id, p.status, p.service_form,
       p.start_date, p.planned_end_date, p.end_date, (p.referrer_user_id IS NOT NULL) AS referrer_has_account
FROM training_period p
JOIN work_unit w ON w.id = p.work_unit_id;

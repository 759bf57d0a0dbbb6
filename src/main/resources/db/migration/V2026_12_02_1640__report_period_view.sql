-- The trainee feature's published SQL contract for reports (ADR 0022): one row per training period with the
-- dimensions every report filters and groups by. Other features' aggregate queries join this view, never
-- training_period itself, so the trainee feature can change its tables without breaking their reports.
CREATE SQL SECURITY INVOKER VIEW report_period AS
SELECT p.id AS period_id, p.trainee_id, p.work_unit_id, w.organisation_id, p.status, p.service_form,
       p.start_date, p.planned_end_date, p.end_date
FROM training_period p
JOIN work_unit w ON w.id = p.work_unit_id;

-- The document feature's published SQL contract for reports (ADR 0022): issued documents with their kind, period,
-- status and issue time, without any personal data.
CREATE SQL SECURITY INVOKER VIEW report_document AS
SELECT d.id AS document_id, d.kind, d.period_id, d.status, d.issued_at
FROM issued_document d;

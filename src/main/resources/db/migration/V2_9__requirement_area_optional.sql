-- A common unit's sub-area (osa-alue) has mandatory and optional competence objectives (pakolliset /
-- valinnaiset osaamistavoitteet): optional areas are flagged so that they can be shown apart.
ALTER TABLE requirement_area ADD COLUMN optional BOOLEAN NOT NULL DEFAULT FALSE;

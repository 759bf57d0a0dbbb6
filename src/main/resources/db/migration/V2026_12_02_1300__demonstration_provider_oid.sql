-- The education provider's (or its institution's) organisation OID in Opintopolku, optional: eHOKS identifies
-- education providers by OID (oppilaitos-oid), never by name.
ALTER TABLE demonstration
    ADD COLUMN education_provider_oid VARCHAR(64);

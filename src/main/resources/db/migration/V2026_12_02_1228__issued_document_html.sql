-- The accessible HTML twin of an issued PDF (same content, semantic markup), frozen with it at issue time and shown
-- at /verify/{code}/document while the document is current. Null for documents issued before it existed.
ALTER TABLE issued_document_content
    ADD COLUMN html MEDIUMTEXT;

-- Issue 16: photos of one's work on a learning-diary entry. Stored re-encoded (no EXIF, no location), served only
-- through the diary's access check; the picture is kept apart from its row, as issued documents' PDFs are.
CREATE TABLE diary_photo (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    entry_id   BIGINT      NOT NULL,
    width      INT         NOT NULL,
    height     INT         NOT NULL,
    size_bytes INT         NOT NULL,
    INDEX ix_diary_photo_entry (entry_id),
    CONSTRAINT fk_diary_photo_entry FOREIGN KEY (entry_id) REFERENCES diary_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE diary_photo_content (
    photo_id BIGINT     NOT NULL PRIMARY KEY,
    content  MEDIUMBLOB NOT NULL,
    CONSTRAINT fk_diary_photo_content FOREIGN KEY (photo_id) REFERENCES diary_photo (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

package fi.taitoura.documentation;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A photo of the trainee's work on a diary entry (issue #16), re-encoded without metadata ({@link DiaryPhotos}).
 * The picture itself is in the {@code content} column, read and written by the repository only when needed.
 */
@Entity
@Table(name = "diary_photo")
class DiaryPhoto extends AbstractEntity {

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    protected DiaryPhoto() {
    }

    DiaryPhoto(Long entryId, int width, int height, int sizeBytes) {
        this.entryId = entryId;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
    }

    Long getEntryId() {
        return entryId;
    }
}

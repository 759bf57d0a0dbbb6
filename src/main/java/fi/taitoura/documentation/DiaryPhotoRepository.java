package fi.taitoura.documentation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DiaryPhotoRepository extends JpaRepository<DiaryPhoto, Long> {

    List<DiaryPhoto> findByEntryIdInOrderByIdAsc(Collection<Long> entryIds);

    long countByEntryId(Long entryId);

    @Modifying
    @Query(value = "insert into diary_photo_content (photo_id, content) values (:id, :content)", nativeQuery = true)
    void storeContent(Long id, byte[] content);

    @Query(value = "select content from diary_photo_content where photo_id = :id", nativeQuery = true)
    byte[] loadContent(Long id);
}

package fi.taitoura.documentation;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.documentation.TraineeDiary.EntryInput;
import fi.taitoura.documentation.TraineeDiary.EntryView;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue #16: photos of one's work on a diary entry. The camera's location (EXIF GPS) is gone after upload, the
 * picture is upright, a non-image is refused whatever its name, the entry's edit rule and the limit hold, and only
 * those who may read the diary fetch a photo (another trainee cannot).
 */
public class DiaryPhotoTest extends AbstractIntegrationTest {

    @Autowired
    TraineeDiary diary;
    @Autowired
    TraineeAccounts accounts;
    @Autowired
    TraineeService trainees;
    @Autowired
    DocumentationRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    private Long period;

    private EntryView newEntry(String text) {
        runAs("valmentautuja");
        period = accounts.own().orElseThrow().current().orElseThrow().periodId();
        return diary.saveOwn(period, new EntryInput(null, 0, Time.today(), text,
                Set.of()));
    }

    /** A 400 x 300 camera JPEG with the location of Helsinki and the given EXIF orientation. */
    public static byte[] cameraJpeg(int orientation) throws Exception {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 120, 60));
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 100, 50); // a mark in the top-left corner
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(24.9384, 60.1699);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }

    @Test
    void theLocationIsGoneAfterUploadAndThePictureIsUpright() throws Exception {
        byte[] upload = cameraJpeg(TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW);
        JpegImageMetadata before = (JpegImageMetadata) Imaging.getMetadata(upload);
        assertThat(before.getExif().getGpsInfo()).as("the test photo has a location").isNotNull();

        EntryView entry = newEntry("Kuvasin korjaamani penkin.");
        Long id = diary.addPhoto(period, entry.id(), upload);
        byte[] kept = diary.photo(period, id);
        assertThat(kept[0] & 0xFF).isEqualTo(0xFF);
        assertThat(kept[1] & 0xFF).isEqualTo(0xD8);
        var metadata = Imaging.getMetadata(kept);
        assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null)
                .as("no EXIF (and so no location) is kept").isTrue();
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPS");
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(shown.getWidth()).as("turned upright by the orientation").isEqualTo(300);
        assertThat(shown.getHeight()).isEqualTo(400);
        Color corner = new Color(shown.getRGB(290, 20));
        assertThat(corner.getRed()).as("the top-left mark is now top-right").isGreaterThan(200);
        assertThat(diary.entries(period).stream().filter(e -> e.id().equals(entry.id())).findFirst().orElseThrow()
                .photoIds()).containsExactly(id);

        // the coach of the period sees it in the diary tab
        runAs("valmentaja");
        assertThat(diary.photo(period, id)).isEqualTo(kept);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'DiaryPhoto'"
                + " and entity_id = ? and action = 'READ' and actor = 'valmentaja'", Integer.class, id)).isOne();
    }

    @Test
    void aNonImageIsRefusedWhateverItsNameAndTheLimitAndEditRuleHold() throws Exception {
        EntryView entry = newEntry("Tänään ei kuvia.");
        assertThatThrownBy(() -> diary.addPhoto(period, entry.id(), "%PDF-1.7 ei kuva".getBytes()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("me.diary.photo.notImage");
        byte[] gif = new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, ';'};
        assertThatThrownBy(() -> diary.addPhoto(period, entry.id(), gif)).isInstanceOf(BusinessRuleException.class);
        byte[] photo = cameraJpeg(1);
        for (int i = 0; i < TraineeDiary.MAX_PHOTOS; i++) {
            diary.addPhoto(period, entry.id(), photo);
        }
        assertThatThrownBy(() -> diary.addPhoto(period, entry.id(), photo))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("me.diary.photo.tooMany");
        Long first = diary.entries(period).stream().filter(e -> e.id().equals(entry.id())).findFirst()
                .orElseThrow().photoIds().getFirst();
        diary.removePhoto(period, first);

        // once the coach has commented, the photos are fixed as the text is
        runAs("valmentaja");
        EntryView commented = diary.comment(period, entry.id(), diary.entries(period).stream()
                .filter(e -> e.id().equals(entry.id())).findFirst().orElseThrow().version(), "Hyvä!");
        assertThatThrownBy(() -> diary.addPhoto(period, entry.id(), photo)).as("staff add no photos")
                .isInstanceOf(AccessDeniedException.class);
        runAs("valmentautuja");
        assertThatThrownBy(() -> diary.addPhoto(period, commented.id(), photo))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("me.diary.error.commented");
        Long second = commented.photoIds().getFirst();
        assertThatThrownBy(() -> diary.removePhoto(period, second)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anotherTraineeCannotFetchAPhotoAndRetentionRemovesThem() throws Exception {
        EntryView entry = newEntry("Oma kuva.");
        Long id = diary.addPhoto(period, entry.id(), cameraJpeg(1));
        Long mikkosPeriod = period;

        runAs("valmentaja");
        Long ahmed = trainees.findVisibleTrainees().stream().filter(r -> r.name().equals("Ahmed Hassan")).findFirst()
                .orElseThrow().traineeId();
        String other = accounts.activate(ahmed).username();
        runAs(other);
        Long ahmedsPeriod = accounts.own().orElseThrow().current().orElseThrow().periodId();
        assertThatThrownBy(() -> diary.photo(mikkosPeriod, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> diary.photo(ahmedsPeriod, id)).as("not through one's own period either")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> diary.removePhoto(mikkosPeriod, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'REFUSED' and actor = ?",
                Integer.class, other)).isPositive();

        // retention: the export lists the photo (not its picture); anonymising removes it
        runAs("valmentautuja");
        Long traineeId = accounts.own().orElseThrow().traineeId();
        var export = retention.export(traineeId, java.util.List.of(mikkosPeriod));
        assertThat(export.get("diaryPhotos")).anyMatch(r -> id.equals(((Number) r.get("id")).longValue()));
        int before = jdbc.queryForObject("select count(*) from diary_photo_content", Integer.class);
        retention.anonymise(-1L, java.util.List.of(-1L)); // another trainee's anonymisation leaves it
        assertThat(jdbc.queryForObject("select count(*) from diary_photo_content", Integer.class)).isEqualTo(before);
        // anonymising Mikko removes his photos with their pictures (in a transaction rolled back: the demo stays)
        tx.executeWithoutResult(status -> {
            retention.anonymise(traineeId, java.util.List.of(mikkosPeriod));
            assertThat(jdbc.queryForObject("select count(*) from diary_photo where id = ?", Integer.class, id)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from diary_photo_content where photo_id = ?",
                    Integer.class, id)).isZero();
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from diary_photo where id = ?", Integer.class, id)).isOne();
    }
}

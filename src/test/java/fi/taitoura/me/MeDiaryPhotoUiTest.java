package fi.taitoura.me;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.documentation.DiaryPhotoTest;
import org.junit.jupiter.api.Test;

/** Issue #16: the trainee adds a photo to their entry on /me/diary; a file that is not a picture is refused. */
class MeDiaryPhotoUiTest extends AbstractUiTest {

    @Test
    void aPhotoIsAddedToTheOwnEntryAndANonImageIsRefused() throws Exception {
        login("valmentautuja");
        UI.getCurrent().navigate("me/diary");
        _click(_get(Button.class, spec -> spec.withId("me-diary-new")));
        _setValue(_get(TextArea.class, spec -> spec.withId("me-diary-text")), "Karibu-kuvamerkintä.");
        _click(_get(Button.class, spec -> spec.withId("me-diary-save")));
        int before = _find(Image.class).size();

        Upload upload = _find(Upload.class).getFirst();
        UploadKt._upload(upload, "kuva.jpg", "image/jpeg", "ei kuva lainkaan".getBytes());
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(Image.class)).as("a non-image is refused whatever its name").hasSize(before);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                        .contains("Tiedosto ei ole kuva."));

        upload = _find(Upload.class).getFirst();
        UploadKt._upload(upload, "IMG_0002.jpg", "image/jpeg", DiaryPhotoTest.cameraJpeg(1));
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(Image.class)).hasSize(before + 1);
        assertThat(_find(Button.class, spec -> spec.withText("Poista kuva"))).isNotEmpty();
    }
}

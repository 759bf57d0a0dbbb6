package fi.taitoura.me;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: "My certificates" of the demo trainee (valmentautuja, Mikko Laaksonen): the certificate as PDF and
 * Open Badges; a share link made, opened without sign-in, seen as opened, revoked, and then "not valid".
 */
class MeDocumentsUiTest extends AbstractUiTest {

    private static String page() {
        return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }

    /** How many links say "opened once" (the demo's link too). */
    private static long openedOnce() {
        return _find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("me-link-opened"))
                .stream().filter(p -> p.getText().startsWith("Avattu 1 kerran, viimeksi")).count();
    }

    @Test
    void theTraineeSharesACertificateSeesTheOpeningAndRevokesTheLink() {
        login("valmentautuja");
        UI.getCurrent().navigate("me");
        assertThat(_get(Anchor.class, spec -> spec.withId("me-next-documents")).getHref()).isEqualTo("me/documents");
        UI.getCurrent().navigate("me/documents");
        assertThat(page()).contains("Osaamistodistus, annettu", "Lataa todistus (PDF)",
                "Lataa osaamismerkit (Open Badges)");

        _click(_get(Button.class, spec -> spec.withId("me-share-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("me-share-label")), "Karibu-haku");
        _click(_get(Button.class, spec -> spec.withId("me-share-create")));
        String url = _get(TextField.class, spec -> spec.withId("me-share-url")).getValue();
        assertThat(url).matches(".*/share/[A-Za-z0-9_-]{43}");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(page()).contains("Karibu-haku");
        long openedBefore = openedOnce();

        anonymous();
        UI.getCurrent().navigate("share/" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("Jaetut todistukset");
        assertThat(page()).contains("Osaamistodistus: Mikko Laaksonen", "Lataa todistus (PDF)",
                "Tarkista todistuksen aitous");
        assertThat(page()).as("the trainee's own label is not shown").doesNotContain("Karibu-haku");

        login("valmentautuja");
        UI.getCurrent().navigate("me/documents");
        assertThat(openedOnce()).as("the new link shows its opening").isEqualTo(openedBefore + 1);
        Button revoke = _get(Button.class, spec -> spec.withAttribute("aria-label", "Peru linkki Karibu-haku"));
        _click(revoke);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page()).contains("Peruttu ");
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Peru linkki Karibu-haku")))
                .isEmpty();

        anonymous();
        UI.getCurrent().navigate("share/" + token);
        String revoked = page();
        assertThat(_get(H1.class).getText()).isEqualTo("Linkki ei ole voimassa");
        assertThat(revoked).doesNotContain("Mikko", "Laaksonen", "Osaamistodistus");
        UI.getCurrent().navigate("share/" + "A".repeat(43));
        assertThat(page()).as("unknown looks the same as revoked").isEqualTo(revoked);
    }
}

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
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.user.PasskeyFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Issue 16, ADR 0033: the trainee's "Sign-in methods" page lists their passkeys (name, added, last used), removes
 * one after a confirmation, checks the new passkey's name next to the field, and is reached from the password page.
 * The ceremony itself runs in a browser: PasskeyBrowserTest.
 */
class MePasskeysUiTest extends AbstractUiTest {

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;
    @Autowired
    UserCredentialRepository credentials;
    @Autowired
    JdbcTemplate jdbc;

    private static String page() {
        return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }

    @AfterEach
    void cleanUp() {
        PasskeyFixtures.removeAll(jdbc, "valmentautuja");
    }

    @Test
    void theTraineeSeesTheirPasskeysAndRemovesOne() {
        login("valmentautuja");
        UI.getCurrent().navigate("me/password");
        assertThat(_get(Anchor.class, spec -> spec.withId("me-password-passkey")).getHref()).isEqualTo("me/signin");

        UI.getCurrent().navigate("me/signin");
        assertThat(page()).contains("Pääsyavaimet", "Sinulla ei ole vielä pääsyavainta.", "Lisää pääsyavain",
                "Käyttäjätunnuksesi: valmentautuja");

        PasskeyFixtures.store(userEntities, credentials, "valmentautuja", "Mikon puhelin");
        UI.getCurrent().navigate("me");
        UI.getCurrent().navigate("me/signin");
        assertThat(page()).contains("Mikon puhelin", "Lisätty ", "ei vielä käytetty")
                .doesNotContain("Sinulla ei ole vielä pääsyavainta.");

        // the name is checked next to the field, and nothing is sent
        TextField label = _get(TextField.class, spec -> spec.withId("passkey-label"));
        assertThat(label.getValue()).isEqualTo("Oma puhelin");
        _setValue(label, "  ");
        _click(_get(Button.class, spec -> spec.withId("passkey-add")));
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("Anna pääsyavaimelle nimi (enintään 60 merkkiä).");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Poista pääsyavain Mikon puhelin")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page()).contains("Sinulla ei ole vielä pääsyavainta.").doesNotContain("Mikon puhelin");
        assertThat(_find(Button.class, spec -> spec.withClasses("passkey-remove"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from user_credentials c join user_entities e"
                + " on e.id = c.user_entity_user_id where e.name = 'valmentautuja'", Integer.class)).isZero();
    }

    @Test
    void staffCannotOpenTheTraineesSignInMethods() {
        login("valmentaja");
        UI.getCurrent().navigate("me/signin");
        assertThat(page()).doesNotContain("Pääsyavaimet");
    }
}

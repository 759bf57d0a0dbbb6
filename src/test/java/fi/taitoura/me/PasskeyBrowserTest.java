package fi.taitoura.me;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.Axe;
import fi.taitoura.user.PasskeyFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, ADR 0033, on a phone (390 x 844) with Chromium's virtual authenticator (CTAP2, built-in, resident keys,
 * user verification): the demo trainee adds a passkey with Spring Security's registration ceremony, signs out, signs
 * in with the passkey alone, sees it used and removes it. Screenshots; axe-core on the passkey pages.
 */
class PasskeyBrowserTest extends AbstractBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        PasskeyFixtures.removeAll(jdbc, "valmentautuja");
    }

    private int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_log where entity_type = 'Passkey' and action = ?",
                Integer.class, action);
    }

    @Test
    void theDemoTraineeAddsAPasskeySignsOutAndSignsInWithIt() {
        List<String> axe = new ArrayList<>();
        page.setViewportSize(390, 844);
        // the ceremony's calls and the browser's console go to the test output, to tell where it stops
        page.onConsoleMessage(m -> System.out.println("browser console: " + m.type() + " " + m.text()));
        page.onResponse(r -> {
            if (r.url().contains("webauthn") || r.url().contains("passkeys.js")) {
                System.out.println("browser response: " + r.status() + " " + r.request().method() + " " + r.url());
            }
        });
        CDPSession cdp = browserContext.newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject add = new JsonObject();
        add.add("options", options);
        String authenticator = cdp.send("WebAuthn.addVirtualAuthenticator", add).get("authenticatorId").getAsString();
        assertThat(authenticator).isNotBlank();
        int addedBefore = audited("CREATE");

        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("valmentautuja");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("h2")).hasText("Hei, Mikko!");

        page.navigate(url("me/signin"));
        assertThat(page.locator("#passkey-none")).isVisible();
        screenshot("1-sign-in-methods");
        Axe.seriousOrCritical(page).forEach(f -> axe.add("me/signin: " + f));
        page.locator("#passkey-label input").fill("Mikon puhelin");
        page.locator("#passkey-add").click();
        assertThat(page.locator("#passkey-status")).hasText("Pääsyavain lisätty. Voit nyt kirjautua sillä.");
        assertThat(page.locator("#passkey-list")).containsText("Mikon puhelin");
        assertThat(page.locator("#passkey-list")).containsText("ei vielä käytetty");
        screenshot("2-passkey-added");
        Axe.seriousOrCritical(page).forEach(f -> axe.add("me/signin with a passkey: " + f));
        assertThat(audited("CREATE")).isEqualTo(addedBefore + 1);
        JsonObject list = new JsonObject();
        list.addProperty("authenticatorId", authenticator);
        assertThat(cdp.send("WebAuthn.getCredentials", list).getAsJsonArray("credentials")).hasSize(1);

        // signed out, the passkey alone signs the trainee in (no user name typed)
        page.navigate(url("me"));
        signOut();
        assertThat(page.locator("#login-passkey")).isVisible();
        screenshot("3-login-with-passkey");
        Axe.seriousOrCritical(page).forEach(f -> axe.add("login: " + f));
        page.locator("#login-passkey").click();
        assertThat(page.locator("h2")).hasText("Hei, Mikko!");
        System.out.println("signed in with a passkey at " + page.url());
        assertThat(page.url()).doesNotContain("login");
        screenshot("4-signed-in-with-passkey");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'SIGN_IN'"
                + " and actor = 'valmentautuja'", Integer.class)).isGreaterThanOrEqualTo(2);

        page.navigate(url("me/signin"));
        assertThat(page.locator("#passkey-list")).containsText("viimeksi käytetty");
        page.locator(".passkey-remove").click();
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("#passkey-none")).isVisible();
        assertThat(audited("DELETE")).isGreaterThanOrEqualTo(1);

        // a removed passkey no longer signs in: the authenticator still has it, the server does not
        page.navigate(url("me"));
        signOut();
        page.locator("#login-passkey").click();
        assertThat(page.locator("#login-passkey-status"))
                .hasText("Kirjautuminen pääsyavaimella ei onnistunut. Yritä uudelleen tai kirjaudu salasanalla.");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(axe).isEmpty();
    }
}

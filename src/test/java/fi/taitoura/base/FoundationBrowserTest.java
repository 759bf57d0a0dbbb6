package fi.taitoura.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fi.taitoura.AbstractBrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in, per-role navigation, access by URL and the language switch, in a real browser. */
class FoundationBrowserTest extends AbstractBrowserTest {

    private static final Map<String, List<String>> NAV = Map.of(
            "admin", List.of("Käyttäjät", "Organisaatiot", "Lokitiedot"),
            "valmentaja", List.of(),
            "uraagentti", List.of(),
            "opettaja", List.of(),
            "asiakasvastaava", List.of(),
            "tiiminvetaja", List.of());

    @Test
    void everyDemoRoleSignsInAndSeesItsOwnNavigation() {
        for (var e : NAV.entrySet()) {
            signIn(e.getKey(), "demo");
            assertThat(page.locator(".home-view h2")).containsText("Tervetuloa");
            for (String item : e.getValue()) {
                assertThat(page.locator("#main-nav vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions()
                        .setHasText(item))).isVisible();
            }
            if (e.getValue().isEmpty()) {
                assertThat(page.locator("#main-nav vaadin-side-nav-item",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Käyttäjät"))).hasCount(0);
            }
            screenshot(e.getKey());
            signOut();
        }
    }

    @Test
    void coachCannotOpenUserAdministrationByTypingItsAddress() {
        signIn("valmentaja", "demo");
        page.navigate(url("admin/users"));
        assertThat(page.locator(".not-found-view h2")).hasText("Sivua ei löytynyt");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        screenshot("forbidden");
    }

    @Test
    void wrongPasswordGetsAClearMessage() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("valmentaja");
        page.locator("vaadin-login-form input[name=password]").fill("väärä");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("vaadin-login-form")).containsText("Tarkista käyttäjätunnus ja salasana");
        screenshot("wrong-password");
    }

    @Test
    void switchingTheLanguageChangesTheTextAndIsRemembered() {
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).containsText("Kirjaudu sisään");
        page.locator(".language-select").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("svenska")).click();
        assertThat(page.locator("vaadin-login-form")).containsText("Logga in");
        // the page says its language to screen readers (WCAG 3.1.1): on the switch, and in the next page's HTML
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        screenshot("login-sv");
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).containsText("Logga in");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        signIn("admin", "demo");
        assertThat(page.locator(".home-view h2")).containsText("Välkommen");
        assertThat(page.locator("#main-nav")).containsText("Användare");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        screenshot("admin-sv");
    }
}

package fi.taitoura.share;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.Axe;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #16 on a phone (390 x 844): the demo trainee makes a share link to their certificate; an employer opens it in
 * a fresh browser without signing in and downloads the PDF; the trainee sees the opening and revokes the link; the
 * link then shows only "not valid", with the same status as an unknown one. axe-core on every page.
 */
class ShareBrowserTest extends AbstractBrowserTest {

    private final List<String> axeFindings = new ArrayList<>();

    private void check(Page on, String name) {
        Axe.seriousOrCritical(on).forEach(f -> axeFindings.add(name + ": " + f));
    }

    @Test
    void aTraineeSharesACertificateTheEmployerOpensItAndTheRevokedLinkShowsNothing() {
        page.setViewportSize(390, 844);
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("valmentautuja");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("h2")).hasText("Hei, Mikko!");
        page.locator("#me-next-documents").click();
        page.locator("#me-documents").waitFor();
        screenshot("1-my-documents");
        check(page, "me/documents");

        page.locator("#me-share-new").click();
        page.locator("#me-share-label input").fill("Kevään työhaku");
        screenshot("2-new-link");
        check(page, "me/documents form");
        page.locator("#me-share-create").click();
        String address = page.locator("#me-share-url input").inputValue();
        assertThat(address).matches("http://localhost:" + port + "/share/[A-Za-z0-9_-]{43}");
        screenshot("3-link-ready");
        check(page, "me/documents link ready");

        // the employer: a fresh browser, nobody signed in
        Browser browser = browserContext.browser();
        BrowserContext employer = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("fi-FI"));
        try {
            Page shared = employer.newPage();
            Response opened = shared.navigate(address);
            assertThat(opened.status()).isEqualTo(200);
            assertThat(shared.locator("h1")).hasText("Jaetut todistukset");
            assertThat(shared.locator(".share-document h2").first()).hasText("Osaamistodistus: Mikko Laaksonen");
            assertThat(shared.locator("body")).not().containsText("Kevään työhaku");
            shot(shared, "4-shared-page");
            check(shared, "share");
            String pdfHref = shared.locator("#share-pdf-0").getAttribute("href");
            APIResponse pdf = shared.request().get(url(pdfHref));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
            assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

            // the trainee sees the opening and revokes the link
            page.reload();
            assertThat(page.locator("#me-share-links")).containsText("Avattu 1 kerran, viimeksi");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Peru linkki Kevään työhaku")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Peru linkki").setExact(true)).click();
            assertThat(page.locator("#me-share-links")).containsText("Peruttu");
            screenshot("5-revoked");
            check(page, "me/documents revoked");

            Response again = shared.navigate(address);
            assertThat(shared.locator("h1")).hasText("Linkki ei ole voimassa");
            assertThat(shared.locator("body")).not().containsText("Mikko");
            shot(shared, "6-not-valid");
            check(shared, "share not valid");
            Response unknown = shared.navigate(url("share/" + "A".repeat(43)));
            assertThat(shared.locator("h1")).hasText("Linkki ei ole voimassa");
            assertThat(again.status()).as("revoked and unknown answer alike").isEqualTo(unknown.status());
            assertThat(shared.request().get(url(pdfHref)).status()).isEqualTo(404);
        } finally {
            employer.close();
        }
        assertThat(axeFindings).as("axe-core: serious or critical issues").isEmpty();
    }

    private void shot(Page other, String name) {
        Page own = page;
        page = other;
        try {
            screenshot(name);
        } finally {
            page = own;
        }
    }
}

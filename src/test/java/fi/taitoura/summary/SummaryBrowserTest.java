package fi.taitoura.summary;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.PdfText;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The career agent finalises a summary, the case worker downloads it, and the public page verifies it. */
class SummaryBrowserTest extends AbstractBrowserTest {

    @Test
    void finaliseDownloadAndVerify() throws Exception {
        signIn("uraagentti", "demo");
        page.navigate(url("summaries"));
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Ahmed Hassan")).first().waitFor();
        page.locator("vaadin-grid-cell-content:has-text('Ahmed Hassan') ~ vaadin-grid-cell-content vaadin-button")
                .first().click();
        page.locator("vaadin-text-area", new Page.LocatorOptions().setHasText("Vahvuudet")).first().waitFor();
        page.getByLabel("Vahvuudet").fill("Oppii nopeasti ja työskentelee turvallisesti.");
        page.getByLabel("Koulutus", new Page.GetByLabelOptions().setExact(true)).check();
        screenshot("draft");
        page.locator("#finalise-summary").click();
        page.waitForTimeout(1000);
        screenshot("confirm");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Viimeistele ja toimita")).last().click();
        assertThat(page.locator("#summary-state")).containsText("Valmis");
        screenshot("finalised");
        page.locator("#sign-out").click();
        page.locator("vaadin-login-form").waitFor(); // let the sign-out finish before navigating again

        signIn("asiakasvastaava", "demo");
        page.navigate(url("summaries"));
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Ahmed Hassan")).first().waitFor();
        page.locator("vaadin-grid-cell-content:has-text('Ahmed Hassan') ~ vaadin-grid-cell-content vaadin-button")
                .first().click();
        Download download = page.waitForDownload(() -> page.locator("a.download-link").first().click());
        byte[] pdf = Files.readAllBytes(download.path());
        String text = PdfText.of(PdfText.save("summary-downloaded", pdf));
        assertThat(text).contains("Valmennusjakson loppukooste", "Ahmed Hassan",
                "Oppii nopeasti ja työskentelee turvallisesti.");
        screenshot("case-worker");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Tarkistustunniste:? ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})")
                .matcher(text);
        assertThat(m.find()).as(text).isTrue();

        page.locator("#sign-out").click();
        page.locator("vaadin-login-form").waitFor(); // let the sign-out finish before navigating again
        page.navigate(url("verify/" + m.group(1)));
        assertThat(page.locator("#verify-result")).containsText("Asiakirja on aito ja voimassa");
        assertThat(page.locator("#verify-result")).containsText("Ahmed Hassan");
        screenshot("verified");
    }
}

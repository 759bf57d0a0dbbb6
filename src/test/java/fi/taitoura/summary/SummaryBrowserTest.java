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

    @org.springframework.beans.factory.annotation.Autowired
    fi.taitoura.trainee.TraineeService trainees;
    @org.springframework.beans.factory.annotation.Autowired
    SummaryService summaries;

    @Test
    void finaliseDownloadAndVerify() throws Exception {
        runAs("uraagentti");
        Long periodId = trainees.findVisiblePeriods().stream()
                .filter(p -> p.getTrainee().getDisplayName().equals("Ahmed Hassan")).findFirst().orElseThrow().getId();
        signIn("uraagentti", "demo");
        page.navigate(url("summaries"));
        // find the trainee as a career agent does (the grid renders only the rows in view)
        page.locator("#summaries-search input").fill("Ahmed Hassan");
        page.waitForTimeout(1500); // the list filters as one types, after a short pause
        screenshot("search");
        // the row's button is found by its name, as a screen reader user finds it (issue 13: no per-row ids)
        var row = summaries.findRows().stream().filter(r -> r.periodId().equals(periodId)).findFirst().orElseThrow();
        String whose = row.trainee() + " " + fi.taitoura.base.ui.Formats.range(row.start(), row.end());
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Aloita loppukooste: " + whose).setExact(true)).click();
        page.locator("vaadin-text-area", new Page.LocatorOptions().setHasText("Vahvuudet")).first().waitFor();
        page.getByLabel("Vahvuudet").fill("Oppii nopeasti ja työskentelee turvallisesti.");
        page.getByLabel("Koulutus", new Page.GetByLabelOptions().setExact(true)).check();
        screenshot("draft");
        page.locator("#finalise-summary").click();
        page.waitForTimeout(1000);
        screenshot("confirm");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Viimeistele")).last().click();
        assertThat(page.locator("#summary-state")).containsText("Valmis");
        screenshot("finalised");
        signOut();

        signIn("asiakasvastaava", "demo");
        page.navigate(url("summaries"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Avaa loppukooste: " + whose).setExact(true)).click();
        assertThat(page.locator("#summary-state")).containsText("Valmis");
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> page.locator("a.download-link").first().click());
        byte[] pdf = Files.readAllBytes(download.path());
        String text = PdfText.of(PdfText.save("summary-downloaded", pdf));
        assertThat(text).contains("Valmennusjakson loppukooste", "Ahmed Hassan",
                "Oppii nopeasti ja työskentelee turvallisesti.");
        screenshot("case-worker");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Tarkistustunniste:? ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})")
                .matcher(text);
        assertThat(m.find()).as(text).isTrue();

        signOut();
        page.navigate(url("verify/" + m.group(1)));
        assertThat(page.locator("#verify-result")).containsText("Asiakirja on aito ja voimassa");
        assertThat(page.locator("#verify-result")).containsText("Ahmed Hassan");
        screenshot("verified");
    }
}

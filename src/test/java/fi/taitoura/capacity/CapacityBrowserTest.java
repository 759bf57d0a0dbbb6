package fi.taitoura.capacity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.trainee.TraineeRow;
import fi.taitoura.trainee.TraineeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The capacity pages in a real browser, on a tablet-sized screen; screenshots in target/screenshots. */
class CapacityBrowserTest extends AbstractBrowserTest {

    /** The shared machines are slow now and then: wait for the page itself rather than fail after 5 s. */
    private static final Locator.WaitForOptions WAIT = new Locator.WaitForOptions().setTimeout(30_000);

    @Autowired
    TraineeService trainees;

    private Long demoTrainee(String lastName) {
        runAs("valmentaja");
        Long id = trainees.findVisibleTrainees().stream().filter(r -> r.name().contains(lastName)).findFirst()
                .map(TraineeRow::traineeId).orElseThrow();
        clearSecurityContextForBrowser();
        return id;
    }

    private static void clearSecurityContextForBrowser() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void theCoachSeesTheTraineesCapacityOnATablet() {
        Long id = demoTrainee("Miettinen");
        page.setViewportSize(820, 1180);
        signIn("valmentaja", "demo");
        page.navigate(url("trainees/" + id + "/capacity"));
        page.locator("h2.capacity-trainee").waitFor(WAIT);
        assertThat(page.locator("h2.capacity-trainee")).containsText("Miettinen");
        Locator chart = page.locator("img.capacity-chart").first();
        assertThat(chart).isVisible();
        assertThat(chart).hasAttribute("alt", java.util.regex.Pattern.compile("^Kaavio"));
        Object width = chart.evaluate("img => img.naturalWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("the SVG chart loads")
                .isGreaterThan(100);
        assertThat(page.locator("table.change-table").first()).isVisible();
        assertThat(page.locator("table.comparison-table").first()).isVisible();
        screenshot("capacity-tablet");
        page.locator("#change-section").scrollIntoViewIfNeeded();
        screenshot("capacity-tablet-change");

        page.locator("#new-assessment").click();
        page.locator("vaadin-dialog.assessment-dialog[opened]").waitFor(new Locator.WaitForOptions()
                .setTimeout(30_000).setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(page.locator("vaadin-dialog.assessment-dialog")).hasAttribute("opened", "");
        page.getByLabel("Mittari").first().click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Esimerkki")).first().click();
        assertThat(page.locator(".answer-levels").first()).isVisible();
        screenshot("assessment-form");
    }

    @Test
    void theAdministratorSeesTheInstrumentsAndTheLockedExample() {
        signIn("admin", "demo");
        page.navigate(url("admin/instruments"));
        page.locator("#instruments").waitFor(WAIT);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Osallisuusindikaattori (THL)")).first()).isVisible();
        screenshot("instruments");
    }
}

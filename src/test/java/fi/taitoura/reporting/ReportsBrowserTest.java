package fi.taitoura.reporting;

import fi.taitoura.base.time.Time;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.base.report.ReportingWindow;
import fi.taitoura.base.report.ReportingWindows;
import java.nio.file.Files;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team lead's pages in Chromium, on a desktop and on a phone; screenshots in target/screenshots. */
class ReportsBrowserTest extends AbstractBrowserTest {

    private static final Locator.WaitForOptions WAIT = new Locator.WaitForOptions().setTimeout(30_000);

    @Autowired
    ReportingWindows windows;

    @Test
    void theTeamLeadSeesTheFollowUpTableAndDownloadsItAsXlsx() throws Exception {
        signIn("tiiminvetaja", "demo");
        page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Raportit")).click();
        page.locator("#report-environments-table").waitFor(WAIT);
        assertThat(page.locator("#report-environments-table")).containsText("Yhteensä");
        assertThat(page.locator("#report-outcomes-table")).containsText("Työ avoimilla työmarkkinoilla");
        assertThat(page.locator("#report-funder-table")).containsText("Aloittaneet henkilöt");
        Object width = page.locator("#report-chart-outcomes").evaluate("img => img.naturalWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("the SVG chart loads")
                .isGreaterThan(100);
        screenshot("reports-desktop");
        section("report-outcomes", "reports-outcomes");
        section("report-funder", "reports-funder");
        section("report-ips", "reports-ips");

        Download download = page.waitForDownload(() -> page.locator("#download-xlsx").click());
        byte[] bytes = Files.readAllBytes(download.path());
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            org.assertj.core.api.Assertions.assertThat(wb.getSheet("Valmennusympäristöt")).isNotNull();
            var total = wb.getSheet("Valmennusympäristöt").getRow(wb.getSheet("Valmennusympäristöt").getLastRowNum());
            org.assertj.core.api.Assertions.assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Yhteensä");
            org.assertj.core.api.Assertions.assertThat(total.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".xlsx");

        page.setViewportSize(390, 844);
        page.reload();
        page.locator("#report-environments-table").waitFor(WAIT);
        screenshot("reports-phone");
    }

    @Test
    void theTeamLeadReviewsFidelityAndSeesTheSurveyPerGroup() {
        signIn("tiiminvetaja", "demo");
        page.navigate(url("reports/fidelity"));
        page.locator("#review-grid").waitFor(WAIT);
        assertThat(page.locator("#fidelity-trend")).isVisible();
        screenshot("fidelity-list");
        page.locator("#review-grid a").first().click();
        page.locator("#fidelity-totals").waitFor(WAIT);
        assertThat(page.locator("#item-16")).containsText("Henkilökohtaisesti räätälöity työnhaku");
        screenshot("fidelity-review");
        section("item-16", "fidelity-item-16");

        page.navigate(url("reports/inclusion"));
        // opened with nothing picked, it shows the whole organisation (issue 13); then one work unit
        page.locator("#report-respondents").waitFor(WAIT);
        screenshot("inclusion-survey-organisation");
        page.locator("#report-group-type vaadin-radio-button").first().click();
        page.locator("#report-unit").waitFor(WAIT);
        ReportingWindow demo = windows.containing(Time.today().minusMonths(2).minusWeeks(3));
        page.locator("#report-window").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(demo.label())).first().click();
        page.locator("#report-unit input").fill("Kiinteistö");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Kiinteistö")).first().click();
        page.locator("#show-report").click();
        page.locator("#report-table").waitFor(WAIT);
        assertThat(page.locator("#report-table")).containsText("Muut ihmiset luottavat minuun.");
        assertThat(page.locator("#survey-parts")).containsText("Sosiaaliset suhteet");
        screenshot("inclusion-survey");
        section("survey-parts", "inclusion-survey-parts");
    }

    @Test
    void theCareerAgentSeesWhoseFollowUpIsDue() {
        signIn("uraagentti", "demo");
        page.setViewportSize(390, 844);
        page.navigate(url("follow-up"));
        page.locator("#follow-up-grid").waitFor(WAIT);
        screenshot("follow-up-phone");
    }

    /** A screenshot of one section of the page (the layout scrolls inside, so a full-page shot stops at the fold). */
    private void section(String id, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            page.locator("#" + id).scrollIntoViewIfNeeded();
            page.locator("#" + id).screenshot(new Locator.ScreenshotOptions()
                    .setPath(dir.resolve(getClass().getSimpleName() + "-" + name + ".png")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package fi.taitoura.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.taitoura.AbstractBrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A coach finds a unit by searching, opens it and reads its requirements and criteria in Finnish and Swedish. */
class CatalogueBrowserTest extends AbstractBrowserTest {

    @Test
    void searchOpenAndReadAUnitInFinnishAndSwedishAlsoOnAPhone() {
        signIn("opettaja", "demo");
        try {
            page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Osaamisluettelo"))
                    .click();
            page.getByLabel("Hae tutkinnoista, tutkinnon osista ja ammattitaitovaatimuksista").fill("Toimistopalvelut");
            page.keyboard().press("Enter");
            var link = page.locator("a.catalogue-unit-link", new Page.LocatorOptions().setHasText("100367 Toimistopalvelut"));
            assertThat(link).isVisible();
            screenshot("search-fi");
            link.click();
            assertThat(page.locator("#unit-heading")).containsText("Toimistopalvelut");
            assertThat(page.locator("#requirements")).containsText("hoitaa asiakirjatuotantoa");
            assertThat(page.locator("#assessment .catalogue-level-label").first()).hasText("Tyydyttävä T1");
            assertThat(page.locator(".catalogue-badge.expired").first()).isVisible();
            assertThat(page.locator(".catalogue-html p").first()).isVisible();
            screenshot("unit-fi");

            page.locator(".language-select").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("svenska")).click();
            assertThat(page.locator("#unit-heading")).containsText("Kontorstjänster");
            assertThat(page.locator("#requirements")).containsText("tar hand om dokumentproduktion");
            assertThat(page.locator("#assessment")).containsText("Planering av det egna arbetet");
            screenshot("unit-sv");

            page.setViewportSize(390, 844);
            page.navigate(url("catalogue?q=J%C3%A4tehuollon%20j%C3%A4rjest%C3%A4minen"));
            page.locator("a.catalogue-unit-link", new Page.LocatorOptions().setHasText("100449")).click();
            assertThat(page.locator("#unit-heading")).containsText("100449");
            assertThat(page.locator("#requirements li").first()).isVisible();
            screenshot("unit-phone-sv");
        } finally {
            page.setViewportSize(1280, 860);
            page.navigate(url(""));
            page.locator(".language-select").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("suomi")).click();
            assertThat(page.locator(".home-view h2")).containsText("Tervetuloa");
        }
    }

    @Test
    void adminUploadsSeveralFilesAndGetsAReport() throws Exception {
        signIn("admin", "demo");
        page.navigate(url(""));
        page.locator(".language-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("suomi")).click();
        page.navigate(url("admin/catalogue"));
        Path dir = Files.createTempDirectory("catalogue-upload");
        Path good = dir.resolve("hautausmaat.json.gz");
        Files.copy(Path.of("competence-catalogue/eperusteet")
                .resolve("tutkinnonosa-3314254_hautausmaiden-viheralueista-huolehtiminen_asteikko3.json.gz"), good);
        Path bad = dir.resolve("rikki.json");
        Files.writeString(bad, "{\"tutkinnonOsat\": 5}");
        page.locator("#catalogue-upload input[type=file]").setInputFiles(new Path[] {good, bad});
        var report = page.locator("#catalogue-report");
        assertThat(report).containsText("hautausmaat.json.gz");
        assertThat(report).containsText("rikki.json");
        assertThat(report).containsText("Ennallaan");
        assertThat(report).containsText("Hylätty");
        screenshot("import-report");
    }
}

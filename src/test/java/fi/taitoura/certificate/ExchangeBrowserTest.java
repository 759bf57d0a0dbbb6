package fi.taitoura.certificate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.document.DocumentJson;
import fi.taitoura.trainee.TraineeService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a verifier sees without signing in: the accessible view of a certificate from /verify at desktop and phone
 * size, and the check of a pasted Open Badge; and the qualification's structure in the catalogue.
 */
class ExchangeBrowserTest extends AbstractBrowserTest {

    @Autowired
    TraineeService trainees;
    @Autowired
    CertificateService certificates;

    @Test
    @SuppressWarnings("unchecked")
    void aVerifierOpensTheAccessibleDocumentAndChecksABadge() {
        runAs("uraagentti");
        Long periodId = trainees.findVisiblePeriods().stream()
                .filter(p -> p.getTrainee().getDisplayName().equals("Jenna Heikkinen")).findFirst().orElseThrow()
                .getId();
        CompetenceCertificate c = certificates.issue(periodId, Locale.of("fi"));
        String code = certificates.document(c).verificationCode();
        List<String> badges = DocumentJson.read(certificates.openBadges(c.getId()), List.class);

        page.navigate(url("verify/" + code));
        // the first Vaadin page of a fresh JVM can take long in dev mode
        assertThat(page.locator("#verify-result")).containsText("Asiakirja on aito ja voimassa",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        page.locator("#verify-document-link").click();
        assertThat(page.locator("h1")).containsText("Osaamistodistus");
        assertThat(page.locator("html")).hasAttribute("lang", "fi");
        assertThat(page.locator("main")).containsText("Jenna Heikkinen");
        screenshot("accessible-certificate-desktop");
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator("h1")).containsText("Osaamistodistus");
        screenshot("accessible-certificate-phone");

        page.setViewportSize(1280, 860);
        page.navigate(url("verify"));
        page.locator("#verify-badge-text textarea").fill(badges.getFirst());
        page.locator("#verify-badge-check").click();
        assertThat(page.locator("#verify-badge-result")).containsText("Merkki on aito ja voimassa.",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        screenshot("badge-verified");

        signIn("uraagentti", "demo");
        Long qualificationId = jdbcQualification("OPH-2455-2017");
        page.navigate(url("catalogue/" + qualificationId));
        var heading = page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tutkinnon muodostuminen"));
        assertThat(heading).isVisible();
        assertThat(page.locator("body")).containsText("Osaamisala 1664");
        heading.scrollIntoViewIfNeeded();
        screenshot("qualification-structure");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Long jdbcQualification(String diary) {
        return jdbc.queryForObject("select id from qualification where diary_number = ?", Long.class, diary);
    }
}

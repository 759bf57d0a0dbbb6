package fi.taitoura.demonstration;

import fi.taitoura.base.time.Time;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.trainee.TrainingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a tablet-sized screen: a coach proposes a demonstration from the ledger, the teacher assesses and signs it,
 * and the coach sees the unit as demonstrated in the ledger.
 */
class DemonstrationBrowserTest extends AbstractBrowserTest {

    @Autowired
    DemonstrationFixtures fixtures;
    @Autowired
    fi.taitoura.user.UserService users;

    @Test
    void coachProposesTeacherAssessesCoachSeesTheResultInTheLedger() {
        Long unitId = fixtures.unitWithScale(LevelScale.ONE_TO_FIVE).orElseThrow();
        runAs("valmentaja");
        TrainingPeriod p = fixtures.freshPeriod("Selain", "Näyttöpolku", unitId);
        String periodPage = url("trainees/" + p.getTrainee().getId() + "/periods/" + p.getId());
        page.setViewportSize(1024, 1366);

        // the coach proposes
        signIn("valmentaja", "demo");
        page.navigate(periodPage);
        page.locator(".ledger-propose").first().click();
        page.locator("#plan-start input").fill(Time.today().format(DateTimeFormatter.ofPattern("d.M.yyyy")));
        page.locator("#plan-start input").press("Enter");
        page.locator("#plan-work textarea").fill("Ulkoalueiden hoito ja lumityöt yhden työpäivän ajan");
        String teacher = users.findByUsername("opettaja").orElseThrow().getFullName();
        page.locator("#plan-teacher input").fill(teacher);
        page.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText(teacher))
                .first().click();
        page.locator("#plan-workplace-kind vaadin-radio-button").nth(1).locator("input").check();
        page.locator("#plan-workplace-name input").fill("Åke Näsänen");
        page.locator("#plan-workplace-org input").fill("Porin Kiinteistöt Oy");
        page.locator("#plan-provider input").fill("Sataedu");
        screenshot("1-proposal");
        page.locator("#plan-save").click();
        page.waitForURL("**/demonstrations/*");
        String demonstrationPage = page.url();
        assertThat(page.locator("#demonstration-state")).containsText("Odottaa arviointia");
        screenshot("2-proposed");

        // the teacher assesses
        browserContext.clearCookies();
        signIn("opettaja", "demo");
        page.navigate(url("demonstrations"));
        assertThat(page.locator("#demonstrations-awaiting")).containsText("Näyttöpolku");
        page.navigate(demonstrationPage);
        Locator grades = page.locator(".assessment-target .grade-field");
        grades.first().waitFor();
        for (int i = 0; i < grades.count(); i++) {
            grades.nth(i).locator("vaadin-radio-button").nth(2).locator("input").check();
        }
        page.locator("#overall-grade vaadin-radio-button").nth(2).locator("input").check();
        page.locator("#decided-by vaadin-checkbox").nth(0).locator("input").check();
        page.locator("#decided-by vaadin-checkbox").nth(2).locator("input").check();
        page.locator("#discussion vaadin-checkbox").nth(0).locator("input").check();
        page.locator("#discussion vaadin-checkbox").nth(4).locator("input").check();
        page.locator("#assessment-comments textarea").fill("Työ sujui itsenäisesti ja turvallisesti.");
        screenshot("3-assessment");
        page.locator("#sign-assessment").click();
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("#assessment-result")).containsText("Hyväksytty");
        screenshot("4-signed");

        // the coach sees the result in the ledger
        browserContext.clearCookies();
        signIn("valmentaja", "demo");
        page.navigate(periodPage);
        assertThat(page.locator(".ledger-demonstrated")).isVisible();
        screenshot("5-ledger");
    }
}

package fi.taitoura.me;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.Axe;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.user.TraineeUserAccounts.ActivationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #16 on a phone (390 x 844): a trainee activates their account with the one-time code, sets a password,
 * sees their home, writes the diary, sees what they can do, and signs in again with the password; axe-core finds no
 * serious or critical issue on any of these pages.
 */
class TraineeAppBrowserTest extends AbstractBrowserTest {

    @Autowired
    TraineeAccounts accounts;
    @Autowired
    TraineeService trainees;

    private final List<String> axeFindings = new ArrayList<>();

    private void check(String page) {
        Axe.seriousOrCritical(this.page).forEach(f -> axeFindings.add(page + ": " + f));
    }

    @Test
    void aTraineeActivatesWithTheCodeWritesTheDiaryAndSignsInAgainOnAPhone() {
        runAs("valmentaja");
        Long niina = trainees.findVisibleTrainees().stream().filter(r -> r.name().equals("Niina Koskinen"))
                .findFirst().orElseThrow().traineeId();
        ActivationCode code = accounts.activate(niina);
        page.setViewportSize(390, 844);

        // a wrong code: told so in plain words, nothing personal shown
        page.navigate(url("activate"));
        page.locator("#activate-code").fill("AAAA-BBBB-CCCC");
        page.locator("#activate-submit").click();
        assertThat(page.locator("#activate-error")).isVisible();
        screenshot("1-wrong-code");
        check("activate");

        page.locator("#activate-code").fill(code.code().toLowerCase());
        page.locator("#activate-submit").click();
        page.waitForURL(Pattern.compile(".*/me/password$"));
        assertThat(page.locator("#me-username")).containsText(code.username());
        screenshot("2-set-password");
        check("me/password");
        page.locator("#me-password-new input").fill("niinan-oma-salasana");
        page.locator("#me-password-repeat input").fill("niinan-oma-salasana");
        page.locator("#me-password-save").click();
        assertThat(page.locator("h2")).hasText("Hei, Niina!");
        assertThat(page.locator("#me-today")).isVisible();
        assertThat(page.locator("#me-goals")).isVisible();
        screenshot("3-home");
        check("me");

        page.locator("#me-next-diary").click();
        page.locator("#me-diary-new").click();
        page.locator("#me-diary-text textarea").fill("Lajittelin tänään metallit ja opin erottamaan alumiinin.");
        screenshot("4-diary-form");
        check("me/diary form");
        page.locator("#me-diary-save").click();
        Locator entry = page.locator("#me-diary-entries").getByText("Lajittelin tänään metallit");
        assertThat(entry).isVisible();
        screenshot("5-diary");
        check("me/diary");

        page.navigate(url("me/skills"));
        page.locator("#me-skills-goals").waitFor();
        screenshot("6-skills");
        check("me/skills");

        page.navigate(url("me/data"));
        page.locator("#me-data-who").waitFor();
        screenshot("7-my-data");
        check("me/data");

        // a staff page by address looks missing
        page.navigate(url("trainees"));
        assertThat(page.locator("h2")).hasText("Sivua ei löytynyt");

        // the code worked once; the password works from now on
        page.navigate(url("me"));
        signOut();
        page.navigate(url("activate?code=" + code.code()));
        page.locator("#activate-submit").click();
        assertThat(page.locator("#activate-error")).isVisible();
        // the sign-in page on the phone (the menu is folded into the drawer there)
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(code.username());
        page.locator("vaadin-login-form input[name=password]").fill("niinan-oma-salasana");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("h2")).hasText("Hei, Niina!");
        screenshot("8-signed-in-again");

        assertThat(axeFindings).as("axe-core: serious or critical issues").isEmpty();
    }

    /** The demo trainee answers the due self-rating on a phone and then compares it with the coach's rating. */
    @Test
    void theTraineeAnswersTheDueSelfAssessmentOnAPhone() {
        page.setViewportSize(390, 844);
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("valmentautuja");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("h2")).hasText("Hei, Mikko!");
        assertThat(page.locator("#me-next-assess")).isVisible();
        screenshot("assess-1-home");
        check("me (self-assessment due)");

        page.locator("#me-next-assess").click();
        page.locator("#me-assess-due").waitFor();
        screenshot("assess-2-list");
        check("me/assess");
        page.locator("#me-assess-due vaadin-button").first().click();
        assertThat(page.locator("#me-assess-progress")).hasText("1/1");
        Locator option = page.locator("#me-assess-choice vaadin-radio-button").nth(6);
        assertThat(option.boundingBox().height).as("a 44 px touch target").isGreaterThanOrEqualTo(44);
        option.locator("label").click();
        screenshot("assess-3-question");
        check("me/assess question");
        page.locator("#me-assess-next").click();
        assertThat(page.locator("#me-assess-review")).hasText("Vastasit 1 kysymykseen 1:stä.");
        screenshot("assess-4-review");
        check("me/assess review");
        page.locator("#me-assess-send").click();
        page.locator("#me-assess-done .me-card").first().waitFor();
        page.locator("[id^=me-assess-compare-]").first().click();
        assertThat(page.locator("#me-assess-comparison")).containsText("valmentaja");
        screenshot("assess-5-compare");
        check("me/assess comparison");
        assertThat(axeFindings).as("axe-core: serious or critical issues").isEmpty();
    }
}

package fi.taitoura.documentation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import fi.taitoura.AbstractBrowserTest;
import org.junit.jupiter.api.Test;

/** A coach records an ordinary day for the whole group on a tablet-sized screen, counting the clicks. */
class DayBrowserTest extends AbstractBrowserTest {

    @Test
    void coachRecordsADayForSeveralTraineesInAFewClicks() {
        page.setViewportSize(1024, 1366);
        signIn("valmentaja", "demo");
        page.navigate(url("day"));
        Locator cards = page.locator(".day-card");
        cards.first().waitFor();
        int trainees = cards.count();
        assertThat(trainees).isGreaterThanOrEqualTo(3);
        int clicks = 0;

        page.locator("#all-present").click();
        clicks++;
        for (int i = 0; i < trainees; i++) {
            Locator chip = cards.nth(i).locator(".task-chips vaadin-checkbox").nth(2 + i % 3);
            chip.click();
            clicks++;
            assertThat(cards.nth(i).locator(".skill-row").first()).isVisible();
        }
        screenshot("before-save");
        page.locator("#save-day").click();
        clicks++;
        assertThat(page.locator("vaadin-notification-card")).containsText("Tallennettu");
        for (int i = 0; i < trainees; i++) {
            assertThat(cards.nth(i).locator(".day-card-state")).hasText("Tallennettu");
        }
        screenshot("saved");
        assertThat(clicks).as("clicks to record %d trainees", trainees).isLessThanOrEqualTo(trainees + 2);

        // the record is there when the day is opened again
        page.reload();
        page.locator(".day-card").first().waitFor();
        assertThat(page.locator(".day-card .day-card-state").first()).hasText("Tallennettu");
    }
    /** Issue 18: the chosen day is in the address, so a reload keeps it; a day that is not one is shown at the field. */
    @Test
    void theChosenDayStaysThroughAReloadAndABadOneIsShownAtTheField() {
        signIn("valmentaja", "demo"); // (the sign-in waits for the side navigation, hidden on a phone)
        page.setViewportSize(390, 844);
        java.time.LocalDate day = fi.taitoura.base.time.Time.today().minusDays(3);
        page.navigate(url("day?date=" + day.minusDays(1)));
        page.locator(".day-card").first().waitFor();
        page.locator("#day-date").evaluate("(e, d) => { e.value = d; }", day.toString());
        page.waitForURL("**/day?date=" + day);
        page.reload();
        page.locator(".day-card").first().waitFor();
        assertThat(page.locator("#day-date").evaluate("e => e.value")).isEqualTo(day.toString());

        page.navigate(url("day?date=huono"));
        Locator field = page.locator("#day-date");
        assertThat(field).hasAttribute("invalid", "");
        assertThat(field).containsText("Osoitteen päivä ei ole kelvollinen päivämäärä");
        assertThat(page.locator(".day-card")).hasCount(0);
        screenshot("day-invalid-date-phone");
    }
}

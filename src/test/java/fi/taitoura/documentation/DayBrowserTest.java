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
}

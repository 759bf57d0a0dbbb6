package fi.taitoura.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fi.taitoura.AbstractBrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, finding 4, in a real browser with a fake clock: after the idle time minus two minutes without input the
 * page warns that the session is about to end, in the user's language, with a button that keeps it; and the page
 * runs under the Content-Security-Policy.
 */
class IdleSessionBrowserTest extends AbstractBrowserTest {

    @Test
    void anIdleUserIsWarnedBeforeTheSessionEndsAndCanContinue() {
        signIn("valmentaja", "demo");
        // the page's own timer keeps running; only its clock jumps ahead
        page.clock().install();
        page.clock().fastForward("12:00");
        page.waitForTimeout(6000);
        assertThat(page.locator("#idle-warning")).hasCount(0);
        page.clock().fastForward("01:10");
        assertThat(page.locator("#idle-warning")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15000));
        assertThat(page.locator("#idle-warning")).containsText("Istunto on päättymässä");
        assertThat(page.locator("#idle-warning-continue")).isFocused();
        screenshot("warning");
        page.locator("#idle-warning-continue").click();
        assertThat(page.locator("#idle-warning")).hasCount(0);
        page.locator("#main-nav vaadin-side-nav-item").first().click();
        assertThat(page.locator("#main-nav")).isVisible();
    }
}

package fi.taitoura.me;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.Axe;
import fi.taitoura.documentation.DiaryPhotoTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #16 on a phone (390 x 844): the demo trainee adds a camera photo (with a location in its EXIF) to their own
 * diary entry; it shows on the entry, served through the diary's access check; axe-core on the page.
 */
class DiaryPhotoBrowserTest extends AbstractBrowserTest {

    @Test
    void aTraineeAddsAPhotoOfTheirWorkToAnEntry() throws Exception {
        page.setViewportSize(390, 844);
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("valmentautuja");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("h2")).hasText("Hei, Mikko!");
        page.navigate(url("me/diary"));
        page.locator(".me-card").first().waitFor();
        // the entries fit the phone (they were as wide as their longest line, and ran off the screen)
        assertThat(((Number) page.evaluate("() => Math.max(...[...document.querySelectorAll('.me-card')]"
                + ".map(c => c.getBoundingClientRect().right))")).doubleValue())
                .as("the diary's cards end within the 390 px screen").isLessThanOrEqualTo(390);
        // the first entry he may still edit (the demo's commented entry has a photo already)
        Locator card = page.locator(".me-card").filter(new Locator.FilterOptions()
                .setHas(page.locator("vaadin-upload.me-photo-upload"))).first();
        Locator upload = card.locator("vaadin-upload.me-photo-upload");
        upload.scrollIntoViewIfNeeded();
        int before = card.locator(".me-photo-img").count();
        FileChooser chooser = page.waitForFileChooser(() -> upload.locator("vaadin-button").first().click());
        chooser.setFiles(new FilePayload("IMG_0001.jpg", "image/jpeg", DiaryPhotoTest.cameraJpeg(1)));
        assertThat(card.locator(".me-photo-img")).hasCount(before + 1);
        Locator img = card.locator(".me-photo-img").last();
        img.scrollIntoViewIfNeeded();
        page.waitForCondition(() -> (Boolean) img.evaluate("i => i.complete && i.naturalWidth > 0"));
        assertThat(((Number) img.evaluate("i => i.naturalWidth")).intValue()).isEqualTo(400);
        assertThat(img.getAttribute("src")).as("no guessable address: not by the photo's id")
                .doesNotContain("photo").contains("VAADIN/dynamic");
        // the 400 px photo fits its card on the phone (me.css had lost a closing brace, so its size rules never applied)
        assertThat(((Number) img.evaluate("i => i.getBoundingClientRect().right"
                + " - i.closest('.me-card').getBoundingClientRect().right")).doubleValue())
                .as("the photo ends within its card").isLessThanOrEqualTo(0);
        assertThat(((Number) img.evaluate("i => i.getBoundingClientRect().width / i.getBoundingClientRect().height"))
                .doubleValue()).as("the photo keeps its proportions (400 x 300)").isCloseTo(4.0 / 3, within(0.02));
        screenshot("1-diary-photo");
        assertThat(Axe.seriousOrCritical(page)).as("axe-core: serious or critical issues").isEmpty();

        // the trainee's other pages fit the phone too: nothing of the page ends beyond the 390 px screen
        for (String path : List.of("me", "me/skills", "me/documents", "me/assess", "me/data", "me/password")) {
            page.navigate(url(path));
            page.locator(".me-view").first().waitFor();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            @SuppressWarnings("unchecked")
            List<String> off = (List<String>) page.evaluate("() => [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().width > 0"
                    + " && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                    + ".map(e => e.tagName.toLowerCase() + '.' + e.className + ' ends at '"
                    + " + Math.round(e.getBoundingClientRect().right))");
            screenshot("2-" + path.replace('/', '-'));
            assertThat(off).as("/" + path + " at 390 px: what ends beyond the screen").isEmpty();
        }
    }
}

package fi.taitoura;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.taitoura.workplace.EnvironmentRecognition;
import fi.taitoura.workplace.RecognitionItem;
import fi.taitoura.workplace.RecognitionService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What users still met after session 25's tour, where only a browser can tell: a disabled download link looks
 * disabled and says so; the teacher's recognition tree keeps whole headers on a phone in Swedish.
 */
class FieldPolishBrowserTest extends AbstractBrowserTest {

    /** The text's contrast against the first opaque background behind it (WCAG 2.1 relative luminance). */
    private static final String CONTRAST = """
            e => {
              const ctx = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
              const rgba = css => { ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = '#000'; ctx.fillStyle = css;
                ctx.fillRect(0, 0, 1, 1); return [...ctx.getImageData(0, 0, 1, 1).data]; };
              const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              let bg = null;
              for (let n = e; n && !bg; n = n.parentElement) {
                const c = rgba(getComputedStyle(n).backgroundColor);
                if (c[3] > 250) bg = c;
              }
              bg = bg || [255, 255, 255, 255];
              const a = lum(rgba(getComputedStyle(e).color)), b = lum(bg);
              return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            }""";

    @Autowired
    WorkplaceService workplaces;
    @Autowired
    RecognitionService recognitions;

    /** The subject-access downloads before a client is chosen: they looked like the usable links beside them. */
    @Test
    void aDisabledDownloadLinkLooksAndIsAnnouncedDisabled() {
        signIn("admin", "demo");
        page.navigate(url("admin/retention"));
        Locator json = page.locator("#export-json");
        json.waitFor();
        assertThat(json).hasAttribute("aria-disabled", "true");
        assertThat(json).hasAttribute("role", "link");
        String disabledColor = (String) json.evaluate("e => getComputedStyle(e).color");
        assertThat((String) json.evaluate("e => getComputedStyle(e).cursor")).isEqualTo("not-allowed");
        assertThat(((Number) json.evaluate(CONTRAST)).doubleValue()).as("the disabled link's text contrast (WCAG AA)")
                .isGreaterThanOrEqualTo(4.5);
        screenshot("1-export-disabled");

        page.locator("#export-trainee input").fill("1");
        page.locator("#export-trainee input").press("Tab");
        assertThat(json).not().hasAttribute("aria-disabled", "true");
        assertThat(json).hasAttribute("href", java.util.regex.Pattern.compile(".+"));
        assertThat(json).not().hasAttribute("role", "link");
        assertThat((String) json.evaluate("e => getComputedStyle(e).color")).as("enabled and disabled look different")
                .isNotEqualTo(disabledColor);
        assertThat((String) json.evaluate("e => getComputedStyle(e).cursor")).isEqualTo("pointer");
        assertThat(((Number) json.evaluate(CONTRAST)).doubleValue()).isGreaterThanOrEqualTo(4.5);
        screenshot("2-export-enabled");
    }

    /** An approved recognition in Swedish on a phone: "Bedömarens kommentar" was cut to a few letters. */
    @Test
    void theRecognitionTreeKeepsWholeHeadersOnAPhoneAndShowsTheReviewersComment() {
        runAs("opettaja");
        Map.Entry<Long, Long> unitAndVersion = null;
        String comment = null;
        for (WorkUnit unit : workplaces.findVisibleWorkUnits()) {
            Optional<EnvironmentRecognition> inForce = recognitions.findInForce(unit.getId());
            if (inForce.isEmpty()) {
                continue;
            }
            Optional<String> rejected = recognitions.load(inForce.get().getId()).recognition().getItems().stream()
                    .map(RecognitionItem::getReviewComment).filter(c -> c != null && !c.isBlank()).findFirst();
            if (rejected.isPresent()) {
                unitAndVersion = Map.entry(unit.getId(), inForce.get().getId());
                comment = rejected.get();
                break;
            }
        }
        assertThat(unitAndVersion).as("the demo has an approved recognition with a reviewer's comment").isNotNull();
        String address = "work-units/" + unitAndVersion.getKey() + "/recognition?version=" + unitAndVersion.getValue();

        page.navigate(url("login"));
        page.locator(".language-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("svenska")).click();
        assertThat(page.locator("vaadin-login-form")).containsText("Logga in");
        signIn("opettaja", "demo");
        page.setViewportSize(390, 844);
        page.navigate(url(address));
        Locator tree = page.locator("#recognition-tree");
        tree.waitFor();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.locator("#recognition-tree .recognition-phone-only").first()).isVisible();
        // the rejected item's row is drawn once the tree is scrolled to it (a long tree draws only what is in view)
        tree.evaluate("async (g, text) => { const t = g.shadowRoot.querySelector('#table');"
                + " for (let i = 0; i < 100 && ![...g.querySelectorAll('.recognition-phone-only')]"
                + ".some(e => e.textContent.includes(text)); i++) {"
                + " t.scrollTop += 200; await new Promise(r => setTimeout(r, 100)); } }", comment);
        Locator shownComment = page.locator("#recognition-tree .recognition-phone-only",
                new Page.LocatorOptions().setHasText(comment)).first();
        shownComment.scrollIntoViewIfNeeded();
        assertThat(shownComment).isVisible();
        assertThat(shownComment).containsText("Bedömarens kommentar: ");
        screenshot("3-recognition-sv-390");
        assertThat(cutHeaders()).as("headers of the recognition tree cut at 390 px").isEmpty();
        assertThat((Boolean) tree.evaluate("g => { const t = g.shadowRoot.querySelector('#table');"
                + " return t.scrollWidth > t.clientWidth + 1; }")).as("the tree scrolls sideways at 390 px").isFalse();

        // an upright tablet beside the menu: whole headers, the requirements wrap, the view's title is not cut
        page.setViewportSize(820, 1180);
        assertThat(page.locator("#recognition-tree vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Bedömarens kommentar")).first()).isVisible();
        page.waitForTimeout(500);
        screenshot("4-recognition-sv-820");
        assertThat(cutHeaders()).as("headers of the recognition tree cut at 820 px").isEmpty();
        assertThat((Boolean) tree.evaluate("g => { const t = g.shadowRoot.querySelector('#table');"
                + " return t.scrollWidth > t.clientWidth + 1; }")).as("the tree scrolls sideways at 820 px").isFalse();
        assertThat((Boolean) page.locator(".view-title").evaluate("e => e.scrollWidth > e.clientWidth + 1"))
                .as("the view's title cut at 820 px").isFalse();

        // a wider screen keeps the comment's own column, and shows it once
        page.setViewportSize(1280, 860);
        assertThat(page.locator("#recognition-tree vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Bedömarens kommentar")).first()).isVisible();
        assertThat(shownComment).isHidden();
        screenshot("5-recognition-sv-1280");
        assertThat(cutHeaders()).as("headers of the recognition tree cut at 1280 px").isEmpty();
    }

    /** An upright tablet beside the menu left the demonstrations' lists 570 px: their state ran off to the side. */
    @Test
    void theTeachersListsFitAnUprightTablet() {
        page.setViewportSize(820, 1180);
        signIn("opettaja", "demo");
        page.navigate(url("demonstrations"));
        page.locator("vaadin-grid").first().waitFor();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForTimeout(500);
        screenshot("6-demonstrations-820");
        assertThat(sidewaysGrids()).as("lists that scroll sideways at 820 px").isEmpty();
        assertThat(cutHeaders()).as("headers cut at 820 px").isEmpty();
        assertThat(page.locator("#main-nav")).not().isInViewport(); // folded behind the ☰ button
    }

    /** The career agent's finished summary in Swedish: its locked facts' tables scrolled sideways on a phone. */
    @Test
    void theSummarysTablesFitAPhoneAndAnUprightTablet() {
        signIn("uraagentti", "demo");
        page.navigate(url("summaries"));
        page.locator("#summaries").waitFor();
        page.locator("#summaries-search input").fill("Laaksonen");
        assertThat(page.locator("#summaries vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Salminen"))).hasCount(0); // filtered to the demo's finished one
        page.locator("#summaries vaadin-button").first().click();
        page.locator("#summary-state").waitFor();
        for (int[] size : List.of(new int[] {390, 844}, new int[] {820, 1180})) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(1000);
            screenshot("7-summary-" + size[0]);
            assertThat(sidewaysGrids()).as("summary tables that scroll sideways at " + size[0] + " px").isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Number> sidewaysGrids() {
        return (List<Number>) page.evaluate("() => [...document.querySelectorAll('vaadin-grid')]"
                + ".filter(g => g.offsetParent !== null).map(g => g.shadowRoot.querySelector('#table'))"
                + ".map(t => t.scrollWidth - t.clientWidth).filter(d => d > 1)");
    }

    /** The texts of the visible grids' column headers that do not fit their cells. */
    @SuppressWarnings("unchecked")
    private List<String> cutHeaders() {
        return (List<String>) page.evaluate("() => [...document.querySelectorAll('vaadin-grid')]"
                + ".filter(g => g.offsetParent !== null && g.shadowRoot).flatMap(g => [...g.shadowRoot"
                + ".querySelectorAll('thead th slot')].flatMap(s => s.assignedElements()))"
                + ".filter(c => c.scrollWidth > c.clientWidth + 1 && c.textContent.trim())"
                + ".map(c => c.textContent.trim())");
    }
}

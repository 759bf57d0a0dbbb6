package fi.taitoura;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, every view as a real user meets it: axe-core reports no serious or critical violation, every view has
 * a title and a main landmark (each role's views, in the first organisation's demo); on a phone (390x844) and a
 * workshop tablet (1024x768) the coach's day has touch targets of at least 44x44 px and nothing runs off the
 * screen; a mistyped address or a malformed id shows our own not-found page. Screenshots: target/screenshots.
 */
class FieldReadyBrowserTest extends AbstractBrowserTest {

    /** The views each role opens from the menu (and a client record), as the demo data has them. */
    private static final Map<String, List<String>> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("valmentaja", List.of("", "day", "trainees", "trainees/1", "demonstrations", "capacity",
                "work-units", "catalogue", "password"));
        VIEWS.put("uraagentti", List.of("", "summaries", "trainees"));
        VIEWS.put("opettaja", List.of("", "demonstrations"));
        VIEWS.put("asiakasvastaava", List.of("", "summaries", "certificates"));
        VIEWS.put("tiiminvetaja", List.of("", "reports/inclusion", "capacity"));
        VIEWS.put("tyohonvalmentaja", List.of("", "employment", "employers"));
        VIEWS.put("admin", List.of("", "admin/users", "admin/catalogue", "admin/organisations", "admin/audit",
                "admin/retention", "admin/instruments", "admin/card-types"));
    }

    @Test
    void everyViewHasATitleAMainLandmarkAndNoSeriousAxeViolation() {
        List<String> problems = new ArrayList<>();
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        AxeScan.problems(page).forEach(p -> problems.add("/login: " + p));
        for (var role : VIEWS.entrySet()) {
            signIn(role.getKey(), "demo");
            for (String path : role.getValue()) {
                page.navigate(url(path));
                settle();
                if (page.locator("#main-nav").count() == 0) {
                    problems.add(role.getKey() + " /" + path + ": not shown in the app layout");
                }
                AxeScan.problems(page).forEach(p -> problems.add(role.getKey() + " /" + path + ": " + p));
            }
            page.navigate(url(""));
            page.locator("#main-nav").waitFor();
            signOut();
        }
        problems.forEach(p -> System.out.println("AXE " + p));
        assertThat(problems).as("axe-core serious/critical violations, empty titles, missing main landmarks")
                .isEmpty();
    }

    @Test
    void theCoachsDayFitsAPhoneAndATabletWithLargeTouchTargets() {
        for (int[] size : List.of(new int[] {390, 844}, new int[] {1024, 768})) {
            page.setViewportSize(1280, 860);
            signIn("valmentaja", "demo"); // the navigation is visible; on a phone it then folds into the drawer
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("day"));
            page.locator(".day-card").first().waitFor();
            page.locator("#all-present").click();
            page.locator(".day-card .task-chips vaadin-checkbox").first().click();
            page.locator(".day-card .skill-row").first().waitFor();
            List<String> small = new ArrayList<>();
            for (String selector : List.of(".day-card vaadin-radio-button", ".day-card vaadin-checkbox",
                    "vaadin-button:visible")) {
                Locator all = page.locator(selector);
                for (int i = 0; i < Math.min(all.count(), 40); i++) {
                    var box = all.nth(i).boundingBox();
                    if (box != null && box.width > 0 && (box.width < 44 || box.height < 44)) {
                        small.add(selector + "#" + i + " " + Math.round(box.width) + "x" + Math.round(box.height));
                    }
                }
            }
            assertThat(small).as("touch targets under 44x44 px at " + size[0] + "x" + size[1]).isEmpty();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("nothing runs off the screen at " + size[0]).isLessThanOrEqualTo(0);
            assertThat(page.locator(".skill-text").first().evaluate("e => e.scrollWidth <= e.clientWidth + 1"))
                    .as("a skill's whole text is shown (no hover-only tooltip)").isEqualTo(true);
            assertThat(page.locator("#day-unit input").evaluate("e => e.value.length > 0 && e.scrollWidth <= e.clientWidth + 1"))
                    .as("the work unit's whole name is shown at " + size[0]).isEqualTo(true);
            assertThat(page.locator("#day-unit").boundingBox().height).as("the unit picker is a 44 px target")
                    .isGreaterThanOrEqualTo(44);
            assertThat(AxeScan.problems(page)).as("axe at " + size[0]).isEmpty();
            screenshot("day-" + size[0]);
            page.navigate(url("trainees"));
            page.locator("vaadin-grid").first().waitFor();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("/trainees fits " + size[0]).isLessThanOrEqualTo(0);
            screenshot("trainees-" + size[0]);
            page.navigate(url("trainees/1"));
            settle();
            screenshot("trainee-" + size[0]);
            // the ledger's tables: no column header cut to "K…" (the tour found five columns sharing 390 px)
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) page.evaluate("() => [...document.querySelectorAll('vaadin-grid')]"
                    + ".filter(g => g.offsetParent !== null && g.shadowRoot).flatMap(g => [...g.shadowRoot"
                    + ".querySelectorAll('thead th slot')].flatMap(s => s.assignedElements()))"
                    + ".filter(c => c.scrollWidth > c.clientWidth + 1 && c.textContent.trim())"
                    + ".map(c => c.textContent.trim())");
            if (size[0] <= 640) {
                // on a phone (PhoneColumns' breakpoint); at 1024 px the long first header overflows its cell by a
                // few pixels without being cut (looked at in the screenshot), which this measure cannot tell apart
                assertThat(cut).as("column headers cut on the trainee page at " + size[0]).isEmpty();
            }
            // leave without unsaved entries (the day was left before this; sign out from the trainee page)
            signOut();
        }
    }

    /** Closing the tab with unsaved entries on /day makes the browser warn (beforeunload); an untouched day does not. */
    @Test
    void closingTheTabWithUnsavedEntriesWarns() {
        signIn("valmentaja", "demo");
        page.navigate(url("day"));
        page.locator(".day-card").first().waitFor();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.evaluate("() => !!window.taitouraUnsaved")).as("an opened day is not unsaved").isEqualTo(false);
        page.locator("#all-present").click();
        page.waitForFunction("() => window.taitouraUnsaved === true");
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.type());
            d.dismiss();
        });
        page.close(new com.microsoft.playwright.Page.CloseOptions().setRunBeforeUnload(true));
        page.waitForTimeout(1000);
        assertThat(dialogs).as("the browser asks before the tab with unsaved entries closes").contains("beforeunload");
    }

    /** Waits until Vaadin has drawn the view and has no request in flight. */
    private void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    @Test
    void aMistypedAddressOrAMalformedIdShowsOurNotFoundPage() {
        signIn("valmentaja", "demo");
        for (String path : List.of("traineez", "trainees/abc", "demonstrations/x1", "no/such/page")) {
            page.navigate(url(path));
            settle();
            assertThat(page.content()).as(path).doesNotContain("HTTP ERROR");
            assertThat(page.locator(".not-found-view").textContent()).as(path).contains("Sivua ei löytynyt");
            assertThat(page.title()).as(path).isNotBlank();
        }
        screenshot("not-found");
    }
}

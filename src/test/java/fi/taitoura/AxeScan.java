package fi.taitoura;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core (npm {@code axe-core} 4.11, MPL-2.0, copied to {@code src/test/resources/axe/}) in a Playwright page
 * and returns its serious and critical violations, one line each: rule, impact, how many elements, the first
 * element's selector. Also checks what axe's WCAG rules do not: a non-empty {@code <title>} and a {@code main}
 * landmark (looked for through shadow roots too).
 */
public final class AxeScan {

    private static String script;

    private AxeScan() {
    }

    private static synchronized String script() {
        if (script == null) {
            try (InputStream in = AxeScan.class.getResourceAsStream("/axe/axe.min.js")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /**
     * Scans a running installation by hand: {@code AxeScan BASE_URL USER PATH...} signs in (password "demo") and prints
     * each path's problems, at 1280x860 or at the size given by -Daxe.width/-Daxe.height.
     */
    public static void main(String[] args) {
        try (var pw = com.microsoft.playwright.Playwright.create(new com.microsoft.playwright.Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = pw.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                    .setExecutablePath(java.nio.file.Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
            var context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(Integer.getInteger("axe.width", 1280), Integer.getInteger("axe.height", 860))
                    .setLocale("fi-FI"));
            context.setDefaultTimeout(120_000);
            Page page = context.newPage();
            page.navigate(args[0] + "/login");
            page.locator("vaadin-login-form input[name=username]").fill(args[1]);
            page.locator("vaadin-login-form input[name=password]").fill("demo");
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            page.locator("#main-nav").waitFor();
            for (int i = 2; i < args.length; i++) {
                page.navigate(args[0] + "/" + args[i]);
                page.locator("#main-nav, .not-found-view").first().waitFor();
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Paths.get(
                        "target", "axe-" + args[1] + "-" + args[i].replace('/', '_') + ".png")));
                System.out.println("/" + args[i] + " title='" + page.title() + "'");
                problems(page).forEach(p -> System.out.println("   " + p));
            }
        }
    }

    /** Serious and critical violations on the page as it is now (empty when there are none). */
    @SuppressWarnings("unchecked")
    public static List<String> problems(Page page) {
        List<String> found = new ArrayList<>();
        if (page.title() == null || page.title().isBlank()) {
            found.add("document-title: the page has an empty <title>");
        }
        Object hasMain = page.evaluate("""
                () => {
                  const walk = root => {
                    if (root.querySelector('main, [role=main]')) return true;
                    for (const el of root.querySelectorAll('*')) {
                      if (el.shadowRoot && walk(el.shadowRoot)) return true;
                    }
                    return false;
                  };
                  return walk(document);
                }""");
        if (!Boolean.TRUE.equals(hasMain)) {
            found.add("landmark-main: the page has no main landmark");
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => !!window.axe"))) {
            page.evaluate(script());
        }
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, { resultTypes: ['violations'] });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, count: v.nodes.length,
                                 target: JSON.stringify(v.nodes[0].target), summary: v.nodes[0].failureSummary || '' }));
                }""");
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            found.add(v.get("id") + " (" + v.get("impact") + ", " + v.get("count") + "x) " + v.get("target") + " "
                    + String.valueOf(v.get("summary")).replace('\n', ' '));
        }
        return found;
    }
}

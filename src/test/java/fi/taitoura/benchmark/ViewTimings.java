package fi.taitoura.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints how long a running Taitoura takes to show its first signed-in view and each main view, as a user sees it
 * in Debian's Chromium: from navigation until the view's content is drawn and Vaadin has no request in flight.
 * Used by {@code ops/view-timings.sh} (which also starts the application); not a test.
 *
 * <p>Arguments: base URL (default http://localhost:8080), optionally the epoch milliseconds the application was started.
 */
public final class ViewTimings {

    private ViewTimings() {
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        long startedAt = args.length > 1 ? Long.parseLong(args[1]) : 0;
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getenv().getOrDefault("TAITOURA_CHROMIUM", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
            Map<String, List<String>> byRole = new LinkedHashMap<>();
            byRole.put("valmentaja", List.of("/", "/day", "/trainees", "/trainees/1", "/demonstrations", "/capacity"));
            byRole.put("uraagentti", List.of("/", "/summaries", "/certificates", "/reports/inclusion"));
            byRole.put("tyohonvalmentaja", List.of("/", "/employment", "/employers"));
            byRole.put("admin", List.of("/", "/admin/users", "/admin/catalogue", "/catalogue"));
            boolean first = true;
            for (var role : byRole.entrySet()) {
                try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860)
                        .setLocale("fi-FI"))) {
                    context.setDefaultTimeout(120_000);
                    Page page = context.newPage();
                    long t0 = System.nanoTime();
                    page.navigate(base + "/login");
                    page.locator("vaadin-login-form input[name=username]").waitFor();
                    long login = System.nanoTime();
                    page.locator("vaadin-login-form input[name=username]").fill(role.getKey());
                    page.locator("vaadin-login-form input[name=password]").fill("demo");
                    long submit = System.nanoTime();
                    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
                    try {
                        page.locator("#main-nav").waitFor();
                    } catch (RuntimeException e) {
                        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "view-timings-failed.png")));
                        throw e;
                    }
                    settle(page);
                    long signedIn = System.nanoTime();
                    if (first) {
                        System.out.printf("FIRST sign-in page drawn %d ms, sign-in to start page drawn %d ms%n",
                                ms(t0, login), ms(submit, signedIn));
                        if (startedAt > 0) {
                            System.out.printf("START to first signed-in view drawn: %d ms (browser start and typing included)%n",
                                    System.currentTimeMillis() - startedAt);
                        }
                        first = false;
                    }
                    for (String path : role.getValue()) {
                        // twice: the first load of a view pays for class loading and caches; the second is warm
                        for (String run : List.of("cold", "warm")) {
                            long s = System.nanoTime();
                            page.navigate(base + path);
                            page.locator("#main-nav, .not-found-view").first().waitFor();
                            settle(page);
                            System.out.printf("%-17s %-22s %-4s %6d ms%n", role.getKey(), path, run, ms(s, System.nanoTime()));
                        }
                    }
                }
            }
            browser.close();
        }
    }

    /** Waits until Vaadin has no server round trip in flight and the browser is idle. */
    private static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}

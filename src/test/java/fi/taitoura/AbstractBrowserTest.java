package fi.taitoura;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Playwright tests of whole flows in Debian's headless Chromium (never a downloaded browser) against the
 * application started by the shared test context. Screenshots go to {@code target/screenshots/}.
 */
public abstract class AbstractBrowserTest extends AbstractIntegrationTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;
    private String testName;

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            String chromium = System.getenv().getOrDefault("TAITOURA_CHROMIUM", "/usr/bin/chromium");
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(chromium))
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                            "--disable-dev-shm-usage")));
            Playwright started = playwright;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (RuntimeException ignored) {
                    // already closed
                }
            }));
        }
        return browser;
    }

    @BeforeEach
    void openBrowser(TestInfo info) {
        testName = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
        browserContext = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 860)
                .setLocale("fi-FI"));
        browserContext.setDefaultTimeout(30_000);
        // Assertions wait as long as actions: on a loaded 2-core machine a page reload or a PDF takes over 5 s.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        page = browserContext.newPage();
    }

    /**
     * Closes the test's browser context. Should Chromium not answer within a minute, the whole browser is dropped
     * and the next test starts a new one, so that one stuck page can never hang the suite.
     */
    @AfterEach
    void closeBrowser() throws Exception {
        if (browserContext == null) {
            return;
        }
        java.util.concurrent.ExecutorService closer = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            closer.submit(() -> browserContext.close()).get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            resetBrowser();
        } finally {
            closer.shutdownNow();
        }
    }

    private static synchronized void resetBrowser() {
        try {
            playwright.close();
        } catch (RuntimeException ignored) {
            // the connection is already broken
        }
        browser = null;
        playwright = null;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Opens the sign-in page and signs in; waits until the main layout is shown. */
    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        // attached, not visible: up to an upright tablet the menu is folded behind the ☰ button
        page.locator("#main-nav").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    }

    /** Signs out and waits until the sign-in page is shown. */
    protected void signOut() {
        page.locator("#sign-out").click();
        page.locator("vaadin-login-form").waitFor();
    }

    /** Saves a full-page screenshot under target/screenshots and returns its path. */
    protected Path screenshot(String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(testName + "-" + name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

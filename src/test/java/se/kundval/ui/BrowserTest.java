package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.kundval.shared.IntegrationTest;

/**
 * Base of the browser tests: the whole portal on a random port, driven by a real Chromium
 * (Debian's, never a downloaded one). One browser per test class, a fresh context per test.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    /** The WCAG 2.1 A and AA rules that must pass on every page. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        // CI has 2 cores shared by the app, MariaDB and Chromium: give the UI time to settle.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** Drops the current browser session (cookies and all) and starts a new one, e.g. to log in as someone else. */
    protected void newSession() {
        context.close();
        openContext();
    }

    /** The page object for the page the browser is on now, e.g. {@code on(ReceiptPage::new).heading()}. */
    protected <P extends PortalPage> P on(Function<Page, P> pageObject) {
        return pageObject.apply(page);
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * Looks at the page as a phone (390 px) and a desktop (1280 px) would: fails on sideways
     * scrolling and leaves full-page pictures in {@code target/screenshots} for a person to open.
     */
    protected void screenshot(String name) {
        var before = page.viewportSize();
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, 900);
            Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue())
                    .as("no sideways scrolling at " + width + " px on " + page.url())
                    .isLessThanOrEqualTo(width);
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(java.nio.file.Path.of("target", "screenshots", name + "-" + width + ".png")));
        }
        if (before != null) {
            page.setViewportSize(before.width, before.height);
        }
    }

    /** Runs axe-core with the WCAG 2.1 AA rules and fails on any violation, listing them. */
    protected void assertNoAccessibilityViolations() {
        AxeResults results = new AxeBuilder(page)
                .withTags(WCAG_21_AA)
                // Vaadin's development tools exist only in development mode, never in production.
                .exclude(List.of("vaadin-dev-tools"))
                .exclude(List.of("copilot-main"))
                .analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe-core violations on " + page.url() + ":\n"
                        + violations.stream()
                                .map(v -> v.getId() + ": " + v.getHelp() + " at "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** The path of Debian's Chromium, or what kundval.chromium / KUNDVAL_CHROMIUM names. */
    static Path chromium() {
        List<String> candidates = new ArrayList<>();
        if (System.getProperty("kundval.chromium") != null) {
            candidates.add(System.getProperty("kundval.chromium"));
        }
        if (System.getenv("KUNDVAL_CHROMIUM") != null) {
            candidates.add(System.getenv("KUNDVAL_CHROMIUM"));
        }
        candidates.add("/usr/bin/chromium");
        candidates.add("/usr/bin/chromium-browser");
        return candidates.stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No Chromium found at " + candidates
                        + ". Install it (apt-get install chromium) or set KUNDVAL_CHROMIUM."));
    }
}

package se.kundval.perf;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Measures the live heap a browsing session costs a running Kundval. Not a test: a command, run
 * by {@code scripts/measure-session-size.sh}, which starts the production jar and hands this
 * class its process id.
 *
 * <p>For each kind of visitor (anonymous, logged-in resident) it opens N real browser sessions
 * (one Chromium browser context with one tab each) and reads the application's live heap before
 * and after: a full GC, finalization, then {@code jcmd <pid> GC.class_histogram}, whose total is
 * the size of the live objects. It prints (heap at N − heap at 0) / N. The "0" reading is taken
 * after one session of that kind has been opened and closed, so classes loaded and code compiled
 * for the first visitor are not counted. Each histogram is kept in the output folder and the
 * classes that grew most are printed: that is where to look when the figure is high.
 *
 * <p>Only the last {@code measure.open-tabs} tabs stay really open; older ones are dropped
 * without the unload beacon (see {@link #dropWithoutBeacon}), which leaves the server in the same
 * state as an open, idle tab. At the end the open tabs are closed normally, which shows what the
 * server releases when a tab closes.
 *
 * <p>Options as system properties: {@code measure.url} (default http://127.0.0.1:8080),
 * {@code measure.pid} (required), {@code measure.sessions} (N, default 200), {@code measure.kinds}
 * (anonymous,resident), {@code measure.out} (default target/session-measure),
 * {@code measure.resident} / {@code measure.password} (demo account, default invanare/demo),
 * {@code measure.area} (area chosen in the list's filter, default Boo), {@code measure.open-tabs}
 * (default 40), {@code measure.settle} (seconds to wait before the reading at N, default 70,
 * longer than Tomcat's keep-alive of 60 s), {@code kundval.chromium} or KUNDVAL_CHROMIUM.
 */
public final class SessionSizeMeasurement {

    /** A histogram line: rank, instances, bytes, class name, optional module. */
    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    enum Kind {
        ANONYMOUS,
        RESIDENT
    }

    /** One class histogram: live bytes and instances per class, and the totals. */
    record Histogram(long totalBytes, long totalInstances, Map<String, long[]> classes) {

        long instances(String className) {
            long[] row = classes.get(className);
            return row == null ? 0 : row[0];
        }

        long instancesEndingWith(String suffix) {
            return classes.entrySet().stream()
                    .filter(e -> e.getKey().endsWith(suffix))
                    .mapToLong(e -> e.getValue()[0])
                    .sum();
        }

        long vaadinSessions() {
            // Vaadin Spring's subclass, or the plain one.
            return instances("com.vaadin.flow.spring.SpringVaadinSession")
                    + instances("com.vaadin.flow.server.VaadinSession");
        }

        long uis() {
            // One UIInternals per UI, whatever UI subclass the application uses.
            return instances("com.vaadin.flow.component.internal.UIInternals");
        }

        long httpSessions() {
            return instances("org.apache.catalina.session.StandardSession");
        }
    }

    record Options(
            String url,
            long pid,
            int sessions,
            List<Kind> kinds,
            Path out,
            String resident,
            String password,
            String area,
            int openTabs,
            Duration settle,
            Path chromium) {

        static Options fromSystemProperties() {
            String pid = System.getProperty("measure.pid");
            if (pid == null) {
                throw new IllegalArgumentException("Set -Dmeasure.pid=<the application's process id>");
            }
            List<Kind> kinds = new ArrayList<>();
            for (String k :
                    System.getProperty("measure.kinds", "anonymous,resident").split(",")) {
                kinds.add(Kind.valueOf(k.trim().toUpperCase(Locale.ROOT)));
            }
            String chromium = System.getProperty(
                    "kundval.chromium", System.getenv().getOrDefault("KUNDVAL_CHROMIUM", "/usr/bin/chromium"));
            String url = System.getProperty("measure.url", "http://127.0.0.1:8080");
            return new Options(
                    url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                    Long.parseLong(pid),
                    Integer.getInteger("measure.sessions", 200),
                    kinds,
                    Path.of(System.getProperty("measure.out", "target/session-measure")),
                    System.getProperty("measure.resident", "invanare"),
                    System.getProperty("measure.password", "demo"),
                    System.getProperty("measure.area", "Boo"),
                    Integer.getInteger("measure.open-tabs", 40),
                    Duration.ofSeconds(Integer.getInteger("measure.settle", 70)),
                    Path.of(chromium));
        }
    }

    private final Options options;
    private final Browser browser;

    private SessionSizeMeasurement(Options options, Browser browser) {
        this.options = options;
        this.browser = browser;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.fromSystemProperties();
        Files.createDirectories(options.out());
        // A slow shared machine: give each step of a page time to settle.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(options.chromium())
                                .setHeadless(true)
                                .setTimeout(120_000)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync",
                                        "--no-first-run")))) {
            SessionSizeMeasurement measurement = new SessionSizeMeasurement(options, browser);
            List<String> report = new ArrayList<>();
            for (Kind kind : options.kinds()) {
                report.addAll(measurement.measure(kind));
            }
            System.out.println();
            System.out.println("==== Session memory: summary ====");
            report.forEach(System.out::println);
            Files.write(options.out().resolve("summary.txt"), report, StandardCharsets.UTF_8);
        }
    }

    private List<String> measure(Kind kind) throws Exception {
        String name = kind.name().toLowerCase(Locale.ROOT);
        long before = histogram(name + "-before-warmup").vaadinSessions();
        log("%s: warm-up (one session opened and closed)", name);
        BrowserContext warmUp = open(kind);
        if (kind == Kind.RESIDENT) {
            // A logged-in session outlives its tab (until its idle timeout): log out to end it.
            warmUp.pages()
                    .get(0)
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut"))
                    .click();
            assertThat(warmUp.pages().get(0).getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in")))
                    .isVisible();
        }
        warmUp.close();
        Histogram afterWarmUp =
                waitForVaadinSessions(name + "-warmup", h -> h.vaadinSessions() <= before, Duration.ofSeconds(20));
        log("%s: after warm-up %s", name, describe(afterWarmUp));

        Histogram zero = histogram(name + "-0");
        log("%s: reading at 0: %s", name, describe(zero));

        Deque<BrowserContext> open = new ArrayDeque<>();
        int dropped = 0;
        Instant start = Instant.now();
        for (int i = 1; i <= options.sessions(); i++) {
            open.addLast(open(kind));
            if (open.size() > options.openTabs()) {
                dropWithoutBeacon(open.removeFirst());
                dropped++;
            }
            if (i % 20 == 0 || i == options.sessions()) {
                log(
                        "%s: %d sessions (%d tabs open, %d dropped without beacon) in %d s",
                        name,
                        i,
                        open.size(),
                        dropped,
                        Duration.between(start, Instant.now()).toSeconds());
            }
        }
        // Tomcat keeps an idle HTTP connection open for a minute after its last request, with the
        // buffers of that request; that belongs to the connection, not to the session.
        log(
                "%s: waiting %d s for idle connections to close",
                name, options.settle().toSeconds());
        Thread.sleep(options.settle().toMillis());
        Histogram atN = histogram(name + "-" + options.sessions());
        log("%s: reading at N=%d: %s", name, options.sessions(), describe(atN));

        log("%s: closing the %d open tabs", name, open.size());
        for (BrowserContext context : open) {
            context.close();
        }
        long expected = zero.vaadinSessions() + dropped;
        Histogram afterClose =
                waitForVaadinSessions(name + "-closed", h -> h.vaadinSessions() <= expected, Duration.ofSeconds(30));
        log("%s: after closing: %s", name, describe(afterClose));

        long perSession = (atN.totalBytes() - zero.totalBytes()) / options.sessions();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%s: N=%d, live heap at 0 = %s, at N = %s, per session = %.1f KB"
                        + " (%d bytes); VaadinSessions %d -> %d, UIs %d -> %d, HTTP sessions %d -> %d",
                name,
                options.sessions(),
                mib(zero.totalBytes()),
                mib(atN.totalBytes()),
                perSession / 1024.0,
                perSession,
                zero.vaadinSessions(),
                atN.vaadinSessions(),
                zero.uis(),
                atN.uis(),
                zero.httpSessions(),
                atN.httpSessions()));
        lines.add(String.format(
                Locale.ROOT,
                "%s: after closing the %d open tabs (%d were dropped earlier without"
                        + " beacon): live heap %s, VaadinSessions %d, UIs %d, HTTP sessions %d",
                name,
                open.size(),
                dropped,
                mib(afterClose.totalBytes()),
                afterClose.vaadinSessions(),
                afterClose.uis(),
                afterClose.httpSessions()));
        lines.add("  largest growth per session (class: bytes per session, instances per session):");
        topGrowth(zero, atN, 25).forEach(l -> lines.add("    " + l));
        lines.forEach(System.out::println);
        return lines;
    }

    /**
     * Closes a tab the way a crashed browser or a lost network does: no unload beacon reaches the
     * server, which therefore keeps the session and its UI exactly as for an open, idle tab (until
     * three heartbeats are missed or the session times out). This keeps Chromium's memory in check:
     * every browser context has a renderer process of its own (~80 MB), so 200 really open tabs
     * would take 16 GB.
     */
    private static void dropWithoutBeacon(BrowserContext context) {
        // Vaadin's client sends the beacon with navigator.sendBeacon on pagehide. Blocking the
        // request (offline, route abort) is not enough: Chromium sends it from the browser
        // process after the page is gone, past the interception, in about half of the cases.
        context.pages().forEach(page -> page.evaluate("() => { navigator.sendBeacon = () => true; }"));
        context.close();
    }

    /** A new browser session of the given kind, left open on its last page. */
    private BrowserContext open(Kind kind) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"));
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        try {
            if (kind == Kind.ANONYMOUS) {
                browseAnonymously(page);
            } else {
                logInAndOpenMyChoices(page);
            }
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    /** Start page, the home-care result list filtered to one area, then the first provider's page. */
    private void browseAnonymously(Page page) {
        page.navigate(options.url() + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Hemtjänst")))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Utförare av hemtjänst");
        Locator count = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("passar"));
        assertThat(count).isVisible();
        String unfiltered = count.textContent();
        page.getByLabel("Område").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^" + jsEscaped(options.area()) + "\\b")))
                .click();
        assertThat(count).not().hasText(unfiltered);
        Locator firstCard = page.locator("article.offering-card:visible").first();
        firstCard.getByRole(AriaRole.HEADING).getByRole(AriaRole.LINK).click();
        page.waitForURL(Pattern.compile(".*/utforare/.*"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fakta")))
                .isVisible();
    }

    /** Logs in with the demo resident account (each context is its own session) and opens "Mina val". */
    private void logInAndOpenMyChoices(Page page) {
        page.navigate(options.url() + "/login");
        page.getByLabel("Användarnamn").fill(options.resident());
        page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill(options.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")))
                .isVisible();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Mina val").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mina val");
    }

    private Histogram waitForVaadinSessions(String label, java.util.function.Predicate<Histogram> done, Duration max)
            throws IOException, InterruptedException {
        Instant until = Instant.now().plus(max);
        Histogram h = histogram(label);
        while (!done.test(h) && Instant.now().isBefore(until)) {
            Thread.sleep(2_000);
            h = histogram(label);
        }
        return h;
    }

    /**
     * The application's live objects: a full GC, finalization, then the class histogram (which
     * runs another full GC). Finalization matters: Vaadin opens a zip file system for every static
     * file it serves from the jar, and a closed ZipFileSystem (which has a finalizer) outlives the
     * first collection; without it, they looked like 1.6 MB of session memory.
     */
    private Histogram histogram(String label) throws IOException, InterruptedException {
        Path file = options.out().resolve("histogram-" + label + ".txt");
        jcmd(file, "GC.run");
        jcmd(file, "GC.run_finalization");
        jcmd(file, "GC.class_histogram");
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Runs a diagnostic command in the application with jcmd of the JDK running this class. */
    private void jcmd(Path output, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(options.pid()), command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + Files.readString(output));
        }
    }

    static Histogram parse(List<String> lines) {
        Map<String, long[]> classes = new HashMap<>();
        long totalBytes = -1;
        long totalInstances = -1;
        for (String line : lines) {
            Matcher row = LINE.matcher(line);
            if (row.matches()) {
                // A class can appear once per class loader: add them up.
                classes.merge(
                        row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))}, (a, b) ->
                                new long[] {a[0] + b[0], a[1] + b[1]});
                continue;
            }
            Matcher total = TOTAL.matcher(line);
            if (total.matches()) {
                totalInstances = Long.parseLong(total.group(1));
                totalBytes = Long.parseLong(total.group(2));
            }
        }
        if (totalBytes < 0) {
            throw new IllegalStateException("No total in the class histogram: " + String.join("\n", lines));
        }
        return new Histogram(totalBytes, totalInstances, classes);
    }

    private List<String> topGrowth(Histogram before, Histogram after, int limit) {
        Map<String, long[]> growth = new LinkedHashMap<>();
        after.classes().forEach((name, row) -> {
            long[] old = before.classes().getOrDefault(name, new long[2]);
            growth.put(name, new long[] {row[0] - old[0], row[1] - old[1]});
        });
        int n = options.sessions();
        return growth.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                        .reversed())
                .limit(limit)
                .map(e -> String.format(
                        Locale.ROOT,
                        "%-90s %8d B %7.1f",
                        e.getKey(),
                        e.getValue()[1] / n,
                        e.getValue()[0] / (double) n))
                .toList();
    }

    /** Playwright hands patterns to JavaScript, which has no \\Q...\\E quoting: escape by hand. */
    private static String jsEscaped(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }

    private static String describe(Histogram h) {
        return String.format(
                Locale.ROOT,
                "live heap %s, VaadinSessions %d, UIs %d, HTTP sessions %d",
                mib(h.totalBytes()),
                h.vaadinSessions(),
                h.uis(),
                h.httpSessions());
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
    }

    private static void log(String format, Object... args) {
        System.out.println(
                "[" + Instant.now().toString().substring(11, 19) + "] " + String.format(Locale.ROOT, format, args));
    }
}

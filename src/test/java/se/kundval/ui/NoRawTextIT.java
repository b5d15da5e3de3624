package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.kundval.identity.ui.LoginPage;

/**
 * Walks the portal as every demo role and as a visitor: the public pages, every page in the
 * role's menu and every page linked from those. Fails on visible text that is a raw enum name
 * ("CONSENT_GIVEN") or a Vaadin component's English default ("Drop file here", "Today") on a
 * Swedish page: people should never meet the code's words.
 */
class NoRawTextIT extends BrowserTest {

    /** An enum constant's name: capitals joined by underscores. */
    private static final Pattern RAW_ENUM = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");

    /** The components' English defaults, as whole texts or parts of one. */
    private static final List<String> ENGLISH_DEFAULTS_CONTAINED =
            List.of("Drop file here", "Drop files here", "Upload File", "Upload Files", "Northern Sami");

    private static final Set<String> ENGLISH_DEFAULTS_WHOLE =
            Set.of("Clear", "Today", "Cancel", "No items", "Select", "Close", "Loading…", "Upload", "Drop");

    private static final List<String> ROLES = List.of(
            "invanare", "invanare2", "handlaggare", "servicepunkt", "utforare", "utforare-ny", "huvudman", "huvudman2");

    /**
     * The text a person sees: visible text nodes, through the components' shadow trees, plus
     * placeholders. Vaadin's development tools are left out (they do not exist in production).
     */
    private static final String VISIBLE_TEXT = """
            () => {
              const out = [];
              const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'VAADIN-DEV-TOOLS', 'COPILOT-MAIN']);
              const visible = el => el && (!el.checkVisibility
                  || el.checkVisibility({visibilityProperty: true, opacityProperty: true}));
              const walk = root => {
                for (const node of root.childNodes) {
                  if (node.nodeType === 3) {
                    const parent = node.parentElement || (node.parentNode && node.parentNode.host);
                    const text = node.textContent.trim();
                    if (text && visible(parent)) out.push(text);
                  } else if (node.nodeType === 1 && !skip.has(node.tagName)) {
                    if (node.getAttribute('placeholder') && visible(node)) out.push(node.getAttribute('placeholder'));
                    if (node.shadowRoot) walk(node.shadowRoot);
                    walk(node);
                  }
                }
              };
              walk(document.body);
              return out;
            }
            """;

    /** Same-site links in the page's main content and main menu (no downloads, no log-out). */
    private static final String LINKS = """
            () => Array.from(document.querySelectorAll('main a[href], nav a[href]'))
                .map(a => a.href)
                .filter(h => h.startsWith(location.origin))
                .filter(h => !h.includes('/VAADIN/') && !h.includes('logout') && !h.includes('#'))
            """;

    /**
     * The catalogue registers, where the officer maintains the codes themselves ("Café och kök
     * (CAFE_KOK)"): there the code is the thing edited, shown beside its name on purpose.
     */
    private static final Set<String> CODES_SHOWN_ON_PURPOSE = Set.of("/huvudman/katalog");

    private final List<String> problems = new ArrayList<>();

    @Test
    void noPageShowsRawCodesOrEnglishComponentTexts() {
        Set<String> publicPages = new LinkedHashSet<>(List.of(url("/"), url("/login"), url("/tillganglighet")));
        crawl("besökare", publicPages);

        for (String role : ROLES) {
            newSession();
            new LoginPage(page).open(url("/login")).logInAsDemoUser(role);
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(new PortalPage(page).loggedInAs())
                    .isVisible();
            Set<String> start = new LinkedHashSet<>();
            start.add(page.url());
            start.addAll(links());
            crawl(role, start);
        }

        assertThat(problems)
                .as("raw codes or English component texts on Swedish pages:\n" + String.join("\n", problems))
                .isEmpty();
    }

    /** Visits the pages and every page linked from them (one step further), checking each once. */
    private void crawl(String who, Set<String> pages) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> next = new LinkedHashSet<>();
        for (String address : pages) {
            if (seen.add(address)) {
                visit(who, address);
                next.addAll(links());
            }
        }
        for (String address : next) {
            if (seen.size() >= 25) {
                break;
            }
            if (seen.add(address)) {
                visit(who, address);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        return (List<String>) page.evaluate(LINKS);
    }

    @SuppressWarnings("unchecked")
    private void visit(String who, String address) {
        page.navigate(address);
        // The login page's form carries a second level-1 heading of its own: the first one will do.
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                        page.locator("h1").first())
                .isVisible();
        String path = page.url().replace(url("/"), "/");
        for (String text : (List<String>) page.evaluate(VISIBLE_TEXT)) {
            Matcher raw = RAW_ENUM.matcher(text);
            if (!CODES_SHOWN_ON_PURPOSE.contains(path) && raw.find()) {
                problems.add(who + " " + path + ": code " + raw.group() + " in \"" + text + "\"");
            }
            if (ENGLISH_DEFAULTS_WHOLE.contains(text)
                    || ENGLISH_DEFAULTS_CONTAINED.stream().anyMatch(text::contains)) {
                problems.add(who + " " + path + ": English \"" + text + "\"");
            }
        }
    }
}

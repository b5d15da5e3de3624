package se.kundval.opendata.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.kundval.ui.BrowserTest;

/** The "Öppna data" page in a real Chromium: reached from the footer, both languages, WCAG 2.1 AA, phone and desktop. */
class OpenDataIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void isLinkedFromTheFooterAndExplainsTheApiInSwedish() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.CONTENTINFO)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Öppna data"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Öppna data om utförarna")))
                .isVisible();
        assertThat(page).hasTitle("Öppna data – Kundval – Saltsjö kommun");
        assertThat(page.locator("main")).containsText("Inga uppgifter om invånare finns med");
        assertThat(page.locator("main code")).hasText("/api/hsds");
        assertNoAccessibilityViolations();
        screenshots("oppna-data-sv");

        // The links lead to the API itself, which answers JSON.
        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alla tjänster (JSON)"))
                .getAttribute("href");
        APIResponse services = page.request().get(url(href));
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.headers().get("content-type")).startsWith("application/json");
        assertThat(services.text()).contains("\"total_items\"");
    }

    @Test
    void readsInEnglish() {
        page.navigate(url("/oppna-data"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read this site in English"))
                .click();

        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Open data about the providers")))
                .isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("main")).containsText("Nothing about residents is in it");
        assertNoAccessibilityViolations();
        screenshots("oppna-data-en");
    }

    private void screenshots(String name) {
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, 900);
            Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue())
                    .as("no sideways scrolling at " + width)
                    .isLessThanOrEqualTo(width);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
    }
}

package se.kundval.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ServiceTypeSummary;
import se.kundval.ui.BrowserTest;

/** The public start page in a real Chromium: content from providers-data, both languages, WCAG 2.1 AA. */
class StartPageIT extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    @Test
    void showsEveryServiceTypeWithItsNumberOfApprovedProvidersInSwedish() {
        StartPage start = new StartPage(page).open(url("/"));

        assertThat(start.heading()).hasText("Välj vem som ger dig vård och stöd");
        assertThat(page).hasTitle("Kundval – Saltsjö kommun");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        List<ServiceTypeSummary> serviceTypes = catalogue.serviceTypes();
        assertThat(serviceTypes).hasSizeGreaterThanOrEqualTo(4);
        for (ServiceTypeSummary st : serviceTypes) {
            String expected = st.approvedProviders() == 0
                    ? "Inga godkända utförare"
                    : st.approvedProviders() == 1
                            ? "1 godkänd utförare"
                            : st.approvedProviders() + " godkända utförare";
            assertThat(start.serviceType(st.name().sv())).containsText(expected);
        }
        assertThat(start.serviceType("Hemtjänst")).containsText("Hjälp i hemmet");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Så går det till")))
                .isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void switchesToEnglishAndRemembersIt() {
        StartPage start = new StartPage(page).open(url("/"));

        start.languageSwitch("Read this site in English").click();

        assertThat(start.heading()).hasText("Choose who gives you care and support");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(start.serviceType("Home care")).isVisible();
        assertThat(page).hasTitle("Kundval – Saltsjö Municipality");
        assertNoAccessibilityViolations();

        page.reload();
        assertThat(start.heading()).hasText("Choose who gives you care and support");
        start.languageSwitch("Läs webbplatsen på svenska").click();
        assertThat(start.heading()).hasText("Välj vem som ger dig vård och stöd");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
    }

    @Test
    void theSkipLinkLeadsTheKeyboardToTheMainContent() {
        StartPage start = new StartPage(page).open(url("/"));

        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hoppa till innehållet")))
                .isFocused();
        page.keyboard().press("Enter");

        assertThat(start.main()).isFocused();
    }

    @Test
    void reflowsAt320PixelsWithoutHorizontalScrolling() {
        page.setViewportSize(320, 640);
        new StartPage(page).open(url("/"));

        Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(320);
        assertNoAccessibilityViolations();
    }

    @Test
    void anUnknownAddressGivesAFriendlyNotFoundPage() {
        Response response = page.navigate(url("/finns-inte/alls"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sidan finns inte");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå till startsidan")))
                .isVisible();
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("at se.kundval");
        assertNoAccessibilityViolations();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå till startsidan"))
                .click();
        assertThat(new StartPage(page).heading()).hasText("Välj vem som ger dig vård och stöd");
    }

    @Test
    void countsMatchTheServiceLayerInEnglishToo() {
        page.context()
                .addCookies(List.of(new com.microsoft.playwright.options.Cookie("kundval-lang", "en")
                        .setDomain("localhost")
                        .setPath("/")));
        StartPage start = new StartPage(page).open(url("/"));

        for (ServiceTypeSummary st : catalogue.serviceTypes()) {
            String expected = st.approvedProviders() == 0
                    ? "No approved providers"
                    : st.approvedProviders() == 1
                            ? "1 approved provider"
                            : st.approvedProviders() + " approved providers";
            assertThat(start.serviceType(st.name().in(Locale.ENGLISH))).containsText(expected);
        }
    }
}

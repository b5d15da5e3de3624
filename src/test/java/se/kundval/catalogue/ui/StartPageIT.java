package se.kundval.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ServiceTypeSummary;
import se.kundval.ui.BrowserTest;
import se.kundval.ui.NotFoundPage;

/** The public start page in a real Chromium: content from providers-data, both languages, WCAG 2.1 AA. */
class StartPageIT extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    @Test
    void showsEveryServiceTypeWithItsNumberOfApprovedProvidersInSwedish() {
        StartPage start = new StartPage(page).open(url("/"));

        assertThat(start.heading()).hasText("Välj vem som ger dig vård och stöd");
        assertThat(page).hasTitle("Kundval – Saltsjö kommun");
        assertThat(start.document()).hasAttribute("lang", "sv");
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
        assertThat(start.sectionHeading("Så går det till")).isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void switchesToEnglishAndRemembersIt() {
        StartPage start = new StartPage(page).open(url("/"));

        start.languageSwitch("Read this site in English").click();

        assertThat(start.heading()).hasText("Choose who gives you care and support");
        assertThat(start.document()).hasAttribute("lang", "en");
        assertThat(start.serviceType("Home care")).isVisible();
        assertThat(page).hasTitle("Kundval – Saltsjö Municipality");
        assertNoAccessibilityViolations();

        page.reload();
        assertThat(start.heading()).hasText("Choose who gives you care and support");
        start.languageSwitch("Läs webbplatsen på svenska").click();
        assertThat(start.heading()).hasText("Välj vem som ger dig vård och stöd");
        assertThat(start.document()).hasAttribute("lang", "sv");
    }

    @Test
    void theSkipLinkLeadsTheKeyboardToTheMainContent() {
        StartPage start = new StartPage(page).open(url("/"));

        page.keyboard().press("Tab");
        assertThat(start.skipLink()).isFocused();
        page.keyboard().press("Enter");

        assertThat(start.main()).isFocused();
    }

    @Test
    void reflowsAt320PixelsWithoutHorizontalScrolling() {
        page.setViewportSize(320, 640);
        StartPage start = new StartPage(page).open(url("/"));

        assertThat(start.contentWidth()).isLessThanOrEqualTo(320);
        assertNoAccessibilityViolations();
    }

    @Test
    void anUnknownAddressGivesAFriendlyNotFoundPage() {
        Response response = page.navigate(url("/finns-inte/alls"));
        NotFoundPage notFound = new NotFoundPage(page);

        assertThat(response.status()).isEqualTo(404);
        assertThat(notFound.heading()).hasText("Sidan finns inte");
        assertThat(notFound.startPageLink()).isVisible();
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("at se.kundval");
        assertNoAccessibilityViolations();

        notFound.startPageLink().click();
        assertThat(new StartPage(page).heading()).hasText("Välj vem som ger dig vård och stöd");
    }

    @Test
    void countsMatchTheServiceLayerInEnglishToo() {
        StartPage start = new StartPage(page);
        start.preferEnglish();
        start.open(url("/"));

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

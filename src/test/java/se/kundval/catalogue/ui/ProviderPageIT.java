package se.kundval.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.identity.ui.LoginPage;
import se.kundval.register.Delivery;
import se.kundval.ui.BrowserTest;

/**
 * A relative reads a provider's page without logging in: learns how choosing works, can call with
 * one tap, and can have the whole page read aloud — or is told plainly when the device cannot.
 */
class ProviderPageIT extends BrowserTest {

    @Autowired
    CatalogueTestData data;

    String type;
    String offering;

    @BeforeEach
    void ownProvider() {
        type = data.serviceType(Delivery.HOME);
        offering = data.anOffering()
                .ofType(type)
                .by("Lyssnarvården")
                .summary("Vi hjälper dig hemma varje dag.")
                .description("Vi har **lång erfarenhet**.\n\n- Små arbetslag\n- Egen sjuksköterska")
                .speaking("sv", "fi")
                .in("BOO")
                .create();
        data.indicator(offering, "NOJDHET", 2025, new BigDecimal("91"), 120);
        data.contact(offering, "08-123 45 67", "info@lyssnarvarden.se");
    }

    /** A speech engine the test controls: Chromium's own has no voices on a server. */
    private void fakeSpeechEngine(boolean withSwedishVoice) {
        page.addInitScript("""
                (() => {
                  window.__spoken = [];
                  const voices = %s;
                  const fake = {
                    getVoices: () => voices,
                    speak: (u) => { window.__spoken.push(u.text); setTimeout(() => u.onend && u.onend(), 0); },
                    cancel: () => {},
                    addEventListener: () => {},
                  };
                  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
                })();
                """.formatted(withSwedishVoice ? "[{ lang: 'sv-SE', name: 'Alva' }]" : "[]"));
    }

    @Test
    void aVisitorWhoIsNotLoggedInLearnsHowToChooseAndCanCallWithOneTap() {
        ProviderPage provider = new ProviderPage(page);
        provider.open(url("/"), offering);

        Locator howTo = provider.section("Så väljer du");
        assertThat(howTo).isVisible();
        assertThat(howTo).containsText("beslut om hjälp");
        assertThat(howTo.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Logga in")))
                .isVisible();
        assertThat(howTo).containsText("servicepunkt");
        assertThat(howTo).containsText("god man");
        assertThat(howTo.locator("a[href^='tel:']")).hasCount(1);
        assertThat(provider.main().locator("dd a[href='tel:081234567']")).hasText("08-123 45 67");
        assertThat(provider.main().locator("dd a[href='mailto:info@lyssnarvarden.se']"))
                .isVisible();
        assertNoAccessibilityViolations();
        screenshot("utforare-sa-valjer-du");

        // The list of providers tells the same to a visitor.
        page.navigate(url("/tjanst/" + type));
        assertThat(provider.section("Så väljer du")).isVisible();

        // A logged-in resident is past that: the section is gone.
        newSession();
        new LoginPage(page).open(url("/login")).logInAsDemoUser("invanare");
        provider = new ProviderPage(page);
        provider.open(url("/"), offering);
        assertThat(provider.heading()).hasText("Lyssnarvården");
        assertThat(provider.section("Så väljer du")).hasCount(0);
    }

    @Test
    void listenReadsTheWholeMainContentInOrderAndSaysWhatItIsDoing() {
        fakeSpeechEngine(true);
        ProviderPage provider = new ProviderPage(page);
        provider.open(url("/"), offering);

        provider.listenButton().click();
        assertThat(provider.status("Uppläsningen är klar")).isVisible();

        @SuppressWarnings("unchecked")
        List<String> spoken = (List<String>) page.evaluate("window.__spoken");
        String all = String.join(" | ", spoken);
        assertThat(all)
                .contains("Lyssnarvården", "Vi hjälper dig hemma varje dag.", "lång erfarenhet", "Små arbetslag")
                .contains("Språk", "91 %")
                .doesNotContain("Lägg till i jämförelsen", "Rapportera fel", "Så väljer du");
        assertThat(all.indexOf("Lyssnarvården")).isLessThan(all.indexOf("Vi hjälper dig hemma"));
        assertThat(all.indexOf("Vi hjälper dig hemma")).isLessThan(all.indexOf("Små arbetslag"));
        assertThat(all.indexOf("Små arbetslag")).isLessThan(all.indexOf("91 %"));
    }

    @Test
    void listenSaysSoWhenTheDeviceHasNoVoiceForTheLanguage() {
        fakeSpeechEngine(false);
        ProviderPage provider = new ProviderPage(page);
        provider.open(url("/"), offering);

        provider.listenButton().click();

        assertThat(provider.status("ingen röst som kan läsa upp svenska")).isVisible();
        assertNoAccessibilityViolations();
    }
}

package se.kundval.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.Personnummer;
import se.kundval.identity.ui.LoginPage;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.ProviderType;
import se.kundval.register.Delivery;
import se.kundval.ui.AccessibilityStatementPage;
import se.kundval.ui.BrowserTest;
import se.kundval.ui.NotFoundPage;
import se.kundval.ui.PortalPage;

/** A resident browses, filters, reads and compares providers, in a real Chromium, WCAG 2.1 AA checked. */
class CatalogueBrowseIT extends BrowserTest {

    @Autowired
    CatalogueTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChoiceTestData choices;

    String type;
    String dementia;
    String arabic;
    String full;

    @BeforeEach
    void ownCatalogue() {
        type = data.serviceType(Delivery.HOME);
        dementia = data.anOffering()
                .ofType(type)
                .by("Minnesvården")
                .summary("Vi är specialister på demensvård.")
                .description("Vi har **lång erfarenhet**.\n\n- Små arbetslag\n- Egen sjuksköterska")
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .in("BOO", "ORMINGE")
                .create();
        arabic = data.anOffering()
                .ofType(type)
                .by("Al-Amal omsorg")
                .providerType(ProviderType.COOPERATIVE)
                .summary("Personal som talar arabiska.")
                .speaking("sv", "ar")
                .in("FISKSATRA")
                .create();
        full = data.anOffering()
                .ofType(type)
                .by("Fullsatta gänget")
                .summary("Vi har fullt just nu.")
                .notTakingNewCustomers()
                .create();
        data.indicator(dementia, "NOJDHET", 2025, new BigDecimal("91"), 120);
        data.indicator(dementia, "BEMOTANDE", 2025, new BigDecimal("97"), 3);
    }

    private String listUrl() {
        return url("/tjanst/" + type);
    }

    @Test
    void theResultListFiltersAndSearchesWithCountsInSwedishAndEnglish() {
        ResultListPage list = new ResultListPage(page).open(listUrl());
        assertThat(list.cards()).hasCount(3);
        assertThat(list.matches()).hasText("3 utförare passar");
        assertThat(list.orderNote(Pattern.compile("slumpvis ordning"))).isVisible();

        list.checkbox("Finska, 1 utförare").check();
        assertThat(list.matches()).hasText("1 utförare passar");
        assertThat(list.cards()).hasCount(1);
        assertThat(list.card("Minnesvården")).containsText("Demenskompetens");
        assertThat(list.card("Minnesvården")).containsText("Tar emot nya kunder");
        assertNoAccessibilityViolations();

        list.checkbox("Finska").uncheck();
        list.search("demens");
        assertThat(list.cards()).hasCount(1);
        list.search("");
        assertThat(list.cards()).hasCount(3);
        assertThat(list.card("Fullsatta gänget")).containsText("Fullt just nu");
        assertThat(list.matches()).hasText("3 utförare passar");
        assertThat(list.searchField()).hasValue("");

        list.preferEnglish();
        page.navigate(listUrl());
        assertThat(list.heading()).hasText(Pattern.compile("^Providers of"));
        assertThat(list.matches()).hasText("3 providers match");
        list.filter("Arabic, 1 provider").check();
        assertThat(list.matches()).hasText("1 provider matches");
        assertThat(list.cards()).hasCount(1);
        assertNoAccessibilityViolations();
    }

    @Test
    void onAPhoneTheResultsComeFirstAndTheFiltersOpenFromFiltrera() {
        page.setViewportSize(390, 844);
        ResultListPage list = new ResultListPage(page).open(listUrl());
        assertThat(list.cards()).hasCount(3);
        assertThat(list.filters()).isHidden();
        assertThat(list.filterToggle()).hasText("Filtrera");
        assertThat(list.filterToggle()).hasAttribute("aria-expanded", "false");
        // The first result follows the search field closely (only "Filtrera", the count and the
        // order note come between), not below every filter as it did (~2,600 px down).
        double searchEnds =
                list.searchField().boundingBox().y + list.searchField().boundingBox().height;
        assertThat(list.cards().first().boundingBox().y - searchEnds).isLessThan(500);
        screenshot("result-list-phone");
        assertNoAccessibilityViolations();

        list.filterToggle().click();
        assertThat(list.filters()).isVisible();
        assertThat(list.filterToggle()).hasAttribute("aria-expanded", "true");
        list.checkbox("Finska, 1 utförare").check();
        // The new count is announced, the visitor stays on the box just ticked, and an option
        // that would leave nothing cannot be ticked.
        assertThat(list.matches()).hasText("1 utförare passar");
        assertThat(list.checkbox("Finska, 1 utförare")).isFocused();
        assertThat(list.checkbox("Arabiska, 0 utförare")).isDisabled();
        assertThat(list.filterToggle()).hasText("Filtrera (1)");
        screenshot("result-list-phone-filters");
        assertNoAccessibilityViolations();

        list.showResults().click();
        assertThat(list.filters()).isHidden();
        assertThat(list.matches()).isFocused();
        assertThat(list.cards()).hasCount(1);

        // The same with the keyboard alone: back to "Filtrera (1)", open, untick, back to the list.
        tabUntil(list.filterToggle(), true);
        page.keyboard().press("Enter");
        assertThat(list.filters()).isVisible();
        tabUntil(list.checkbox("Finska, 1 utförare"));
        page.keyboard().press("Space");
        assertThat(list.matches()).hasText("3 utförare passar");
        assertThat(list.filterToggle()).hasText("Filtrera");
        tabUntil(list.showResults());
        page.keyboard().press("Enter");
        assertThat(list.matches()).isFocused();
        assertThat(list.cards()).hasCount(3);
    }

    @Test
    void moreResultsLoadAPageAtATimeInThePagesOwnFlow() {
        for (int i = 1; i <= 22; i++) {
            data.anOffering()
                    .ofType(type)
                    .by("Extra " + i)
                    .summary("Hjälp i vardagen.")
                    .create();
        }
        page.setViewportSize(1280, 900);
        ResultListPage list = new ResultListPage(page).open(listUrl());
        assertThat(list.matches()).hasText("25 utförare passar");
        assertThat(list.cards()).hasCount(20);
        assertThat(list.filterToggle()).isHidden();
        assertThat(list.filters()).isVisible();
        // No inner scroll box: the page itself scrolls, so the browser's find reaches every card.
        assertThat(list.cards().last()).isVisible();
        assertThat(list.text("Visar 20 av 25 utförare.")).isVisible();

        list.showMore().click();
        assertThat(list.cards()).hasCount(25);
        assertThat(list.showMore()).isHidden();
        assertThat(list.cards().nth(20).getByRole(com.microsoft.playwright.options.AriaRole.LINK))
                .isFocused();

        list.compare("Minnesvården");
        assertThat(list.compareButton("Minnesvården")).hasAttribute("aria-pressed", "true");
        assertThat(list.compareButton("Minnesvården"))
                .hasAccessibleDescription("Med i jämförelsen. Tryck igen för att ta bort.");
        assertThat(list.compareBar()).containsText("1 av 3 utförare valda att jämföra");
        // The bar sticks to the bottom of the screen while the list scrolls.
        page.mouse().wheel(0, -100000);
        assertThat(list.link("Visa jämförelsen (1)")).isInViewport();
        screenshot("result-list-more");
        assertNoAccessibilityViolations();
    }

    @Test
    void aWordMeansWhatTheFilterOfTheSameNameMeans() {
        ResultListPage list = new ResultListPage(page).open(listUrl());
        list.search("finsktalande");
        assertThat(list.matches()).hasText("1 utförare passar");
        assertThat(list.card("Minnesvården")).isVisible();

        list.search("finska xyzzyq");
        assertThat(list.status()).hasText("Inga träffar på ”finska xyzzyq”. Prova utan ”xyzzyq”.");
        list.button("Sök utan ”xyzzyq”").click();
        assertThat(list.matches()).hasText("1 utförare passar");
        assertThat(list.searchField()).hasValue("finska");
        assertNoAccessibilityViolations();
    }

    @Test
    void theProviderPageShowsFactsIndicatorsAndFlags() {
        data.lastConfirmed(dementia, LocalDate.now().minusMonths(13));
        ProviderPage provider = new ProviderPage(page);
        provider.open(url("/"), dementia);

        assertThat(provider.heading()).hasText("Minnesvården");
        assertThat(provider.text("lång erfarenhet")).isVisible();
        assertThat(provider.outdatedWarning()).isVisible();
        Locator indicators = provider.indicators();
        assertThat(indicators).containsText("91 %");
        assertThat(indicators).containsText("för få svar");
        assertThat(indicators).not().containsText("97");
        assertThat(provider.listenButton()).isVisible();
        assertNoAccessibilityViolations();

        provider.reportError("Telefonnumret stämmer inte.");
        assertThat(provider.thanksForTheReport()).isVisible();
        assertThat(jdbc.queryForObject(
                        "select count(*) from listing_error_report r join offering o on o.id = r.offering_id"
                                + " where o.code = ? and r.message = 'Telefonnumret stämmer inte.'",
                        Integer.class,
                        dementia))
                .isEqualTo(1);

        provider.preferEnglish();
        provider.open(url("/"), dementia);
        assertThat(provider.onlyInSwedishNote()).isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void upToThreeProvidersAreComparedSideBySide() {
        ResultListPage list = new ResultListPage(page).open(listUrl());
        list.compare("Minnesvården");
        list.compare("Al-Amal omsorg");
        assertThat(list.compareLink(2)).isVisible();

        list.compareLink(2).click();

        ComparePage compare = new ComparePage(page);
        Locator table = compare.table();
        assertThat(compare.providerColumns()).hasCount(2);
        assertThat(table).containsText("Finska");
        assertThat(table).containsText("Arabiska");
        assertThat(table).containsText("Kooperativ");
        assertNoAccessibilityViolations();
        assertThat(compare.downloadPdfText())
                .contains("Minnesvården")
                .contains("Al-Amal omsorg")
                .contains("Finska");

        compare.remove("Al-Amal omsorg");
        assertThat(compare.providerColumns()).hasCount(1);
        assertThat(compare.printButton()).isVisible();

        page.setViewportSize(320, 800);
        compare.preferEnglish();
        page.reload();
        assertThat(compare.heading()).hasText("Compare providers");
        assertThat(compare.card("Minnesvården")).containsText("Finnish");
        assertThat(compare.contentWidth()).isLessThanOrEqualTo(320);
        assertNoAccessibilityViolations();
    }

    @Test
    void threeProvidersAreComparedWithEveryMeasureExplainedOnPhoneDesktopAndPaper() {
        data.indicator(arabic, "NOJDHET", 2025, new BigDecimal("81"), 50);
        data.indicator(dementia, "PERSONALKONTINUITET", 2025, new BigDecimal("12"), null);
        data.indicator(arabic, "PERSONALKONTINUITET", 2025, new BigDecimal("9"), null);
        // A resident who said in the conversation that they want Finnish-speaking staff.
        long entitlement = choices.residentWithEntitlement(Personnummer.parse("19930621-3571"), "BOO", type);
        jdbc.update("insert into entitlement_wish_language (entitlement_id, lang) values (?, 'fi')", entitlement);
        new LoginPage(page).open(url("/login")).logInAsDemoUser("invanare2");
        ResultListPage list = new ResultListPage(page).open(url("/tjanst/" + type + "?beslut=" + entitlement));
        assertThat(list.heading()).hasText(Pattern.compile("^Välj utförare"));
        ProviderPage provider = new ProviderPage(page);
        int picked = 0;
        for (String code : List.of(dementia, arabic, full)) {
            provider.open(url("/"), code);
            provider.addToComparison();
            assertThat(provider.link("Jämför (" + ++picked + ")")).isVisible();
        }
        provider.link("Jämför (3)").click();

        ComparePage compare = new ComparePage(page);
        page.setViewportSize(1280, 900);
        assertThat(compare.providerColumns()).hasCount(3);
        assertThat(compare.rowHeader("Nöjdhet totalt"))
                .containsText("Andel av dem som svarade som är nöjda med hjälpen som helhet.");
        assertThat(compare.rowHeader("Nöjdhet totalt")).containsText("Högre är bättre.");
        assertThat(compare.rowHeader("Nöjdhet totalt")).containsText("Snitt i kommunen 2025: 86 % (2 utförare)");
        assertThat(compare.row("Nöjdhet totalt")).containsText("91 % (2025, 120 svar)");
        assertThat(compare.rowHeader("Personalkontinuitet")).containsText("Färre är bättre.");
        assertThat(compare.rowHeader("Antal platser")).containsText("Säger inget om hur bra hjälpen är.");
        assertThat(compare.row("Språk")).containsText("✓ Talar finska – din önskan");
        assertThat(compare.row("Språk").getByText("din önskan")).hasCount(1);
        assertThat(compare.text("Uppgifterna kommer från:")).isVisible();
        assertThat(compare.text("Kvalitetssiffror: Testkälla")).isVisible();
        assertThat(compare.cards().first()).isHidden();
        assertNoAccessibilityViolations();
        screenshot("compare-three");

        page.setViewportSize(390, 900);
        assertThat(compare.table()).isHidden();
        assertThat(compare.cards()).hasCount(3);
        assertThat(compare.card("Minnesvården")).containsText("✓ Talar finska – din önskan");
        assertThat(compare.card("Minnesvården")).containsText("Färre är bättre.");
        assertThat(compare.card("Al-Amal omsorg")).containsText("Snitt i kommunen 2025: 86 % (2 utförare)");
        assertThat(compare.removeButtons()).hasCount(3);
        assertThat(compare.contentWidth()).isLessThanOrEqualTo(390);
        assertNoAccessibilityViolations();

        // On paper: the table, whatever the width, and no buttons.
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(compare.table()).isVisible();
        assertThat(compare.removeButtons()).hasCount(0);
        assertThat(compare.printButton()).isHidden();
        assertThat(compare.text("Välj dem i listan över utförare.")).isHidden();
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "screenshots", "compare-three-print-1280.png")));
        assertThat(compare.removeButtons()).hasCount(0);
    }

    @Test
    void aSuspendedProviderIsGoneFromListAndPage() {
        data.setStatus(arabic, AccreditationStatus.SUSPENDED);

        ResultListPage list = new ResultListPage(page).open(listUrl());
        assertThat(list.cards()).hasCount(2);
        assertThat(list.text("Al-Amal omsorg")).hasCount(0);
        Response response = new ProviderPage(page).open(url("/"), arabic);
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void unknownServiceTypesAndProvidersGetAFriendlyNotFound() {
        NotFoundPage notFound = new NotFoundPage(page);
        for (String path : List.of("/tjanst/FINNS_INTE", "/utforare/FINNS-INTE", "/tjanst")) {
            Response response = page.navigate(url(path));
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(notFound.heading()).hasText("Sidan finns inte");
        }
    }

    @Test
    void theWholeFlowWorksWithTheKeyboardAlone() {
        StartPage start = new StartPage(page);
        page.navigate(url("/"));
        tabUntil(start.link(Pattern.compile("^Testtjänst " + type)));
        page.keyboard().press("Enter");
        ResultListPage list = new ResultListPage(page);
        assertThat(list.heading()).hasText(Pattern.compile("Utförare av testtjänst"));

        tabUntil(list.checkbox("Finska, 1 utförare"));
        page.keyboard().press("Space");
        assertThat(list.text("1 utförare passar")).isVisible();

        tabUntil(list.link("Minnesvården"));
        page.keyboard().press("Enter");
        ProviderPage provider = new ProviderPage(page);
        assertThat(provider.heading()).hasText("Minnesvården");

        tabUntil(provider.button("Lägg till i jämförelsen"));
        page.keyboard().press("Enter");
        tabUntil(provider.link("Jämför (1)"), true);
        page.keyboard().press("Enter");
        assertThat(new ComparePage(page).table()).containsText("Minnesvården");
    }

    @Test
    void theViewsReflowAt320Pixels() {
        page.setViewportSize(320, 800);
        PortalPage anyPage = new PortalPage(page);
        for (String path : List.of("/tjanst/" + type, "/utforare/" + dementia, "/tillganglighet")) {
            page.navigate(url(path));
            assertThat(anyPage.heading()).isVisible();
            assertThat(anyPage.contentWidth()).as(path).isLessThanOrEqualTo(320);
        }
    }

    @Test
    void theAccessibilityStatementTakesAnonymousFeedback() {
        page.navigate(url("/"));
        AccessibilityStatementPage statement = new AccessibilityStatementPage(page).openFromFooter();
        assertThat(statement.heading()).hasText("Tillgänglighet för Kundval");
        assertThat(statement.supervisionLink()).isVisible();
        assertNoAccessibilityViolations();

        statement.send("");
        assertThat(statement.messageRequired()).isVisible();
        String message = "Knappen går inte att nå med tangentbordet " + type;
        statement.send(message);
        assertThat(statement.thanks()).isVisible();
        assertThat(jdbc.queryForObject(
                        "select count(*) from accessibility_feedback where message = ?", Integer.class, message))
                .isEqualTo(1);
    }

    private void tabUntil(Locator target) {
        tabUntil(target, false);
    }

    /** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
    private void tabUntil(Locator target, boolean backwards) {
        assertThat(target).isVisible();
        for (int i = 0; i < 400; i++) {
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
            if (Boolean.TRUE.equals(
                    target.evaluate(
                            "el => !!document.activeElement && (el === document.activeElement || el.contains(document.activeElement))"))) {
                return;
            }
        }
        throw new AssertionError("Could not reach " + target + " with the keyboard");
    }
}

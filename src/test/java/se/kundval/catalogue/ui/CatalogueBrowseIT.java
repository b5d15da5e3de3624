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
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.ProviderType;
import se.kundval.register.Delivery;
import se.kundval.ui.BrowserTest;

/** A resident browses, filters, reads and compares providers, in a real Chromium, WCAG 2.1 AA checked. */
class CatalogueBrowseIT extends BrowserTest {

    @Autowired
    CatalogueTestData data;

    @Autowired
    JdbcTemplate jdbc;

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
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("3 utförare passar");
        assertThat(page.getByText(Pattern.compile("slumpvis ordning"))).isVisible();

        list.checkbox("Finska (1)").check();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 utförare passar");
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
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("3 utförare passar");
        assertThat(page.getByLabel("Sök bland utförarna")).hasValue("");

        page.context()
                .addCookies(List.of(
                        new Cookie("kundval-lang", "en").setDomain("localhost").setPath("/")));
        page.navigate(listUrl());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile("^Providers of"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("3 providers match");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Arabic (1)"))
                .check();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 provider matches");
        assertThat(list.cards()).hasCount(1);
        assertNoAccessibilityViolations();
    }

    @Test
    void theProviderPageShowsFactsIndicatorsAndFlags() {
        data.lastConfirmed(dementia, LocalDate.now().minusMonths(13));
        page.navigate(url("/utforare/" + dementia));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Minnesvården");
        assertThat(page.getByText("lång erfarenhet")).isVisible();
        assertThat(page.getByText("Uppgifterna kan vara inaktuella", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        Locator indicators = page.getByRole(AriaRole.TABLE);
        assertThat(indicators).containsText("91 %");
        assertThat(indicators).containsText("för få svar");
        assertThat(indicators).not().containsText("97");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lyssna")))
                .isVisible();
        assertNoAccessibilityViolations();

        page.getByText("Rapportera fel i uppgifterna").click();
        page.getByLabel("Vad är fel?").fill("Telefonnumret stämmer inte.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka"))
                .click();
        assertThat(page.getByText("Tack! Kommunen har fått ditt meddelande.")).isVisible();
        assertThat(jdbc.queryForObject(
                        "select count(*) from listing_error_report r join offering o on o.id = r.offering_id"
                                + " where o.code = ? and r.message = 'Telefonnumret stämmer inte.'",
                        Integer.class,
                        dementia))
                .isEqualTo(1);

        page.context()
                .addCookies(List.of(
                        new Cookie("kundval-lang", "en").setDomain("localhost").setPath("/")));
        page.navigate(url("/utforare/" + dementia));
        assertThat(page.getByText("This text is only available in Swedish.")).isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void upToThreeProvidersAreComparedSideBySide() {
        ResultListPage list = new ResultListPage(page).open(listUrl());
        list.compare("Minnesvården");
        list.compare("Al-Amal omsorg");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jämför (2)")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jämför (2)"))
                .click();

        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table.getByRole(AriaRole.COLUMNHEADER)).hasCount(2);
        assertThat(table).containsText("Finska");
        assertThat(table).containsText("Arabiska");
        assertThat(table).containsText("Kooperativ");
        assertNoAccessibilityViolations();
        com.microsoft.playwright.Download pdf = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ner jämförelsen som PDF"))
                .click());
        try (org.apache.pdfbox.pdmodel.PDDocument document =
                org.apache.pdfbox.Loader.loadPDF(pdf.path().toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Minnesvården")
                    .contains("Al-Amal omsorg")
                    .contains("Finska");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta bort Al-Amal omsorg"))
                .click();
        assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.COLUMNHEADER))
                .hasCount(1);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv ut jämförelsen")))
                .isVisible();

        page.setViewportSize(320, 800);
        page.context()
                .addCookies(List.of(
                        new Cookie("kundval-lang", "en").setDomain("localhost").setPath("/")));
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Compare providers");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Finnish");
        Object width = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(320);
        assertNoAccessibilityViolations();
    }

    @Test
    void aSuspendedProviderIsGoneFromListAndPage() {
        data.setStatus(arabic, AccreditationStatus.SUSPENDED);

        ResultListPage list = new ResultListPage(page).open(listUrl());
        assertThat(list.cards()).hasCount(2);
        assertThat(page.getByText("Al-Amal omsorg")).hasCount(0);
        Response response = page.navigate(url("/utforare/" + arabic));
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void unknownServiceTypesAndProvidersGetAFriendlyNotFound() {
        for (String path : List.of("/tjanst/FINNS_INTE", "/utforare/FINNS-INTE", "/tjanst")) {
            Response response = page.navigate(url(path));
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Sidan finns inte");
        }
    }

    @Test
    void theWholeFlowWorksWithTheKeyboardAlone() {
        page.navigate(url("/"));
        tabUntil(page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Testtjänst " + type))));
        page.keyboard().press("Enter");
        ResultListPage list = new ResultListPage(page);
        assertThat(list.heading()).hasText(Pattern.compile("Utförare av testtjänst"));

        tabUntil(list.checkbox("Finska (1)"));
        page.keyboard().press("Space");
        assertThat(page.getByText("1 utförare passar")).isVisible();

        tabUntil(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Minnesvården")));
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Minnesvården");

        tabUntil(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till i jämförelsen")));
        page.keyboard().press("Enter");
        tabUntil(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jämför (1)")), true);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Minnesvården");
    }

    @Test
    void theViewsReflowAt320Pixels() {
        page.setViewportSize(320, 800);
        for (String path : List.of("/tjanst/" + type, "/utforare/" + dementia, "/tillganglighet")) {
            page.navigate(url(path));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .isVisible();
            Object width = page.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as(path).isLessThanOrEqualTo(320);
        }
    }

    @Test
    void theAccessibilityStatementTakesAnonymousFeedback() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tillgänglighetsredogörelse"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Tillgänglighet för Kundval");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Digg"))))
                .isVisible();
        assertNoAccessibilityViolations();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka"))
                .click();
        assertThat(page.getByText("Skriv ett meddelande.")).isVisible();
        String message = "Knappen går inte att nå med tangentbordet " + type;
        page.getByLabel("Ditt meddelande").fill(message);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka"))
                .click();
        assertThat(page.getByText("Tack! Vi har tagit emot ditt meddelande.")).isVisible();
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

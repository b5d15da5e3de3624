package se.kundval.choice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ui.ResultListPage;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.choice.DefaultProviderJob;
import se.kundval.identity.Personnummer;
import se.kundval.identity.ui.LoginPage;
import se.kundval.register.Delivery;
import se.kundval.ui.BrowserTest;

/**
 * The heart of the portal, end to end in Chromium on MariaDB: the officer registers a guidance
 * conversation, the resident chooses with the wish ranking and gets a receipt, the provider's
 * inbox shows the new customer, the resident changes provider and sees both in the history; a
 * full provider cannot be chosen; the default-provider job gives a provider and tells the resident.
 */
class ChoiceJourneyIT extends BrowserTest {

    /** Demo account invanare2: Jonas Berglund, Orminge. */
    private static final String JONAS = "19930621-3571";
    /** Demo account utforare: Omsorgsgruppen Saltsjö AB. */
    private static final String OMSORGSGRUPPEN = "556677-8899";

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    DefaultProviderJob defaultProviderJob;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChoiceService choiceService;

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private void logIn(String user) {
        newSession();
        new LoginPage(page).open(url("/login")).logInAs(user, "demo");
        assertThat(page.getByText("Inloggad som")).isVisible();
    }

    private void nav(String name) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name))
                .click();
    }

    @Test
    void officerRegistersResidentChoosesProviderIsToldResidentChanges() {
        String type = catalogue.serviceType(Delivery.HOME);
        String typeName = "Testtjänst " + type;
        String wishedUnit = "Arabisktalande " + type;
        catalogue
                .anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit(wishedUnit)
                .speaking("sv", "ar")
                .in("ORMINGE")
                .create();
        String ordinary = "Vanliga " + type;
        catalogue
                .anOffering()
                .ofType(type)
                .by(ordinary)
                .summary("Hemtjänst i Orminge.")
                .in("ORMINGE")
                .create();
        String full = "Fulla " + type;
        String fullCode = catalogue
                .anOffering()
                .ofType(type)
                .by(full)
                .summary("Hemtjänst i Orminge.")
                .in("ORMINGE")
                .create();
        catalogue.setCapacity(fullCode, 0);

        // The officer registers the conversation; a wrong personnummer is told next to the field.
        logIn("handlaggare");
        ConversationFormPage form = new ConversationFormPage(page).openFromMenu();
        form.personnummer().fill("19930621-3572");
        form.personnummer().blur();
        assertThat(page.getByText("Personnumret stämmer inte. Kontrollera den sista siffran.")
                        .first())
                .isVisible();
        form.lookUp(JONAS);
        assertThat(form.lookupResult()).containsText("Personen finns redan");
        assertThat(page.getByLabel("Förnamn")).hasValue("Jonas");
        form.grant(typeName, "8");
        form.wishLanguage("Arabiska");
        assertNoAccessibilityViolations();
        form.save();
        assertThat(h1()).hasText("Mina ärenden");
        // Grid cells are slotted into the rows' shadow DOM: read the row through its cells.
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(typeName)))
                .hasCount(1);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Jonas Berglund"))
                        .first())
                .isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Väntar på ditt val"))
                        .first())
                .isVisible();
        assertNoAccessibilityViolations();

        // The resident chooses, ranked by their wishes.
        logIn("invanare2");
        nav("Mina val");
        Locator entitlement = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(typeName));
        assertThat(entitlement).containsText("8 timmar per vecka");
        entitlement
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Välj utförare"))
                .click();
        ResultListPage list = new ResultListPage(page);
        assertThat(list.heading()).hasText("Välj utförare av " + typeName.toLowerCase());
        assertThat(list.cards().first()).containsText(wishedUnit);
        assertThat(list.cards().first()).containsText("Talar arabiska ✓ · 1 av 1 önskemål");
        assertThat(list.card(full)).containsText("Kan inte väljas: utföraren har fullt.");
        assertThat(list.card(full).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Välj " + full)))
                .isHidden();
        org.assertj.core.api.Assertions.assertThat(page.url())
                .doesNotContain("19930621")
                .doesNotContain("3571");
        assertNoAccessibilityViolations();
        list.cards()
                .first()
                .getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Välj Omsorgsgruppen")))
                .click();

        assertThat(h1()).hasText("Bekräfta ditt val");
        assertThat(page.getByText("Utföraren kontaktar dig inom 3 arbetsdagar")).isVisible();
        assertThat(page.getByText("Turordning bland utförare med plats.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta valet"))
                .click();
        assertThat(h1()).hasText("Klart! Du har valt Omsorgsgruppen Saltsjö AB – " + wishedUnit);
        Locator reference = page.locator(".receipt-reference");
        assertThat(reference).containsText(Pattern.compile("KV-\\d{4}-[A-Z0-9]{6}"));
        String firstReference = reference
                .innerText()
                .replaceAll(".*(KV-\\d{4}-[A-Z0-9]{6}).*", "$1")
                .trim();
        assertNoAccessibilityViolations();

        // The provider's inbox shows the new customer, without who it is.
        logIn("utforare");
        nav("Inkorg");
        assertThat(h1()).hasText("Inkorg");
        Locator message =
                page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(firstReference));
        assertThat(message).containsText("Ny kund: " + typeName);
        assertThat(message).not().containsText("Jonas");
        assertNoAccessibilityViolations();

        // The resident changes provider; the history shows both.
        logIn("invanare2");
        nav("Mina val");
        entitlement = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(typeName));
        assertThat(entitlement).containsText("Omsorgsgruppen Saltsjö AB – " + wishedUnit);
        entitlement
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Byt utförare"))
                .click();
        new ResultListPage(page)
                .card(ordinary)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Välj " + ordinary))
                .click();
        assertThat(page.getByText("Din utförare nu")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta valet"))
                .click();
        assertThat(h1()).hasText("Klart! Du har valt " + ordinary);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Till Mina val"))
                .click();
        entitlement = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(typeName));
        Locator history = entitlement.getByRole(AriaRole.LIST);
        assertThat(history.getByRole(AriaRole.LISTITEM)).hasCount(2);
        assertThat(history).containsText(ordinary + ": börjar snart");
        assertThat(history).containsText(wishedUnit + ": gäller");
        assertThat(entitlement).containsText("Byte på väg till " + ordinary);
        assertNoAccessibilityViolations();

        // And can undo the change before it starts.
        entitlement
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ångra bytet"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ångra bytet"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Bytet är ångrat")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(typeName)))
                .containsText(ordinary + ": återkallat");
    }

    @Test
    void whenNoChoiceIsMadeTheDefaultProviderIsAppliedAndTheResidentIsTold() {
        String type = catalogue.serviceType(Delivery.HOME);
        catalogue
                .anOffering()
                .ofType(type)
                .by("Turordningen " + type)
                .summary("Text.")
                .in("FISKSATRA")
                .create();
        long entitlement = residents.residentWithEntitlement(Personnummer.parse("19400312-1243"), "FISKSATRA", type);
        jdbc.update("update choice_entitlement set deadline = current_date - interval 1 day where id = ?", entitlement);

        org.assertj.core.api.Assertions.assertThat(defaultProviderJob.applyDueDefaults())
                .isPositive();

        logIn("invanare");
        nav("Meddelanden");
        assertThat(page.getByRole(AriaRole.ARTICLE)
                        .filter(new Locator.FilterOptions().setHasText("Turordningen " + type)))
                .containsText("Du har fått en utförare");
        assertNoAccessibilityViolations();
        nav("Mina val");
        Locator region = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Testtjänst " + type));
        assertThat(region).containsText("Kommunens ickevalsalternativ gäller");
        assertThat(region).containsText("Turordningen " + type);
    }

    @Test
    void nobodyReachesAnotherResidentsChoicesAndThePagesReflowAt320Pixels() {
        String type = catalogue.serviceType(Delivery.HOME);
        String code = catalogue
                .anOffering()
                .ofType(type)
                .by("Någon annans " + type)
                .summary("Text.")
                .in("FISKSATRA")
                .create();
        Personnummer stranger = ChoiceTestData.newPersonnummer();
        long strangersEntitlement = residents.residentWithEntitlement(stranger, "FISKSATRA", type);
        ChoiceTestData.logInAs(stranger);
        String strangersReference =
                choiceService.choose(strangersEntitlement, code).reference();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        long annasEntitlement =
                residents.residentWithEntitlement(Personnummer.parse("19400312-1243"), "FISKSATRA", type);

        page.navigate(url("/meddelanden"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Logga in").setLevel(1)))
                .isVisible();

        logIn("invanare");
        page.navigate(url("/kvitto/" + strangersReference));
        assertThat(h1()).hasText("Sidan finns inte");
        page.navigate(url("/valj/" + strangersEntitlement + "/" + code));
        assertThat(page.getByText("Vi hittar inte det du vill välja")).isVisible();
        page.navigate(url("/tjanst/" + type + "?beslut=" + strangersEntitlement));
        assertThat(h1()).hasText("Utförare av " + ("Testtjänst " + type).toLowerCase());
        page.navigate(url("/handlaggare/samtal"));
        assertThat(h1()).isVisible();
        assertThat(h1()).not().hasText("Registrera vägledande samtal");

        // Anna's own confirmation page, at 320 px: nothing needs horizontal scrolling.
        page.setViewportSize(320, 800);
        page.navigate(url("/valj/" + annasEntitlement + "/" + code));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta valet")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(320);
        assertNoAccessibilityViolations();

        logIn("handlaggare");
        page.setViewportSize(320, 800);
        new ConversationFormPage(page).openFromMenu();
        org.assertj.core.api.Assertions.assertThat(
                        ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(320);
        // Saving an empty form: every message next to its field, nothing stored.
        new ConversationFormPage(page).save();
        assertThat(page.getByRole(AriaRole.ALERT)
                        .filter(new Locator.FilterOptions().setHasText("Något behöver rättas")))
                .isVisible();
        // Vaadin also announces the message in a live region: the field's own message comes first.
        assertThat(page.getByText("Skriv personnumret med 12 siffror").first()).isVisible();
        assertThat(page.getByText("Kryssa i minst en tjänst.").first()).isVisible();
        assertNoAccessibilityViolations();
    }
}

package se.kundval.provider.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ui.ResultListPage;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.Personnummer;
import se.kundval.identity.TestLogins;
import se.kundval.identity.ui.LoginPage;
import se.kundval.provider.ProviderBackOfficeTest;
import se.kundval.provider.ProviderService;
import se.kundval.register.Delivery;
import se.kundval.ui.BrowserTest;

/**
 * The provider back office in Chromium on MariaDB: a new provider drafts, resumes and submits an
 * application with a PDF; an accredited provider edits its page and the catalogue shows it at
 * once; two users editing the same page; acknowledging a new customer; and every back-office
 * route tried with another provider's ids.
 */
class ProviderBackOfficeIT extends BrowserTest {

    private static final String OMSORGSGRUPPEN = "556677-8899";
    private static final String KREATIVA = "556894-2170";

    @Autowired
    CatalogueTestData data;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    ChoiceService choices;

    @Autowired
    ProviderService providers;

    @Autowired
    jakarta.servlet.ServletContext servletContext;

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private void logIn(Page on, String user) {
        new LoginPage(on).open(url("/login")).logInAs(user, "demo");
        assertThat(on.getByText("Inloggad som")).isVisible();
    }

    private void nav(String name) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    private void next() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara och fortsätt"))
                .click();
    }

    @Test
    void aNewProviderDraftsResumesAndSubmitsAnApplicationWithAPdf() {
        String type = data.serviceType(Delivery.HOME);
        String typeName = "Testtjänst " + type;
        data.requirement(type, "FSKATT", "Vi har F-skattsedel.", false);
        data.requirement(type, "FORSAKRING", "Vi har ansvarsförsäkring.", true);

        logIn(page, "utforare-ny");
        assertThat(h1()).hasText("Kontor – Nya Omsorgen i Saltsjö AB");
        assertNoAccessibilityViolations();
        page.getByLabel("Tjänst att ansöka för").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(typeName))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Börja ansökan"))
                .click();

        assertThat(h1()).hasText("Ansökan om auktorisation: " + typeName);
        assertThat(page.getByLabel("Postadress")).hasValue("Skurusundsvägen 3, 131 46 Nacka");
        page.getByLabel("E-post till kontaktperson").fill("inte en adress");
        next();
        assertThat(page.getByText("Skriv en e-postadress som namn@exempel.se.").first())
                .isVisible();
        page.getByLabel("Kontaktperson", new Page.GetByLabelOptions().setExact(true))
                .fill("Lina Ström");
        page.getByLabel("E-post till kontaktperson").fill("lina@nyaomsorgen.example");
        next();
        assertThat(page.getByText("Steg 2 av 5: Krav")).isVisible();
        page.getByLabel("Vi har F-skattsedel.").check();
        page.getByLabel(Pattern.compile("^Vi har ansvarsförsäkring")).check();
        next();
        assertThat(page.getByText("Steg 3 av 5: Område och platser")).isVisible();

        // Leave and come back: the draft resumes where it was left.
        nav("Kontor");
        assertThat(page.getByText("Utkast – inte inskickad")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öppna ansökan om " + typeName))
                .click();
        assertThat(page.getByText("Steg 3 av 5: Område och platser")).isVisible();
        page.getByLabel("Boo").check();
        page.getByLabel("Antal platser ni erbjuder").fill("25");
        page.getByLabel("Personalens utbildning och erfarenhet").fill("Undersköterskor med demensutbildning.");
        next();
        assertThat(page.getByText("Steg 4 av 5: Bilagor")).isVisible();
        assertNoAccessibilityViolations();

        page.getByLabel("Filen innehåller sekretessbelagda uppgifter").check();
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "forsakring.pdf", "application/pdf", ProviderBackOfficeTest.pdf("försäkringsbrev")));
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new Locator.FilterOptions().setHasText("Filen forsakring.pdf är bifogad.")))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^forsakring\\.pdf"))))
                .isVisible();
        next();
        assertThat(page.getByText("Steg 5 av 5: Granska och skicka")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka in ansökan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new Locator.FilterOptions().setHasText("Ansökan är inskickad")))
                .isVisible();
        assertThat(page.getByText("Ansökan är inskickad och kan inte ändras.")).isVisible();
        assertNoAccessibilityViolations();

        nav("Kontor");
        Locator accreditations =
                page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Auktorisationer"));
        assertThat(accreditations).containsText(typeName);
        assertThat(accreditations).containsText("Ansökan inskickad");
    }

    @Test
    void anEditedListingShowsAtOnceAndASecondEditorGetsAConflictNotAnOverwrite() {
        String type = data.serviceType(Delivery.HOME);
        String unit = "Redigering " + type;
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit(unit)
                .create();

        logIn(page, "utforare");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigera Testtjänst " + type + " – " + unit))
                .click();
        assertThat(h1()).hasText("Er sida: Testtjänst " + type);

        // A colleague opens the same page in another browser.
        BrowserContext colleagueContext =
                page.context().browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE"));
        Page colleague = colleagueContext.newPage();
        try {
            logIn(colleague, "utforare");
            colleague.navigate(url("/kontor/utbud/" + code));
            assertThat(colleague.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Er sida: Testtjänst " + type);

            page.getByLabel("Kort beskrivning (högst 300 tecken)").first().fill("Nu med nattpatrull i hela Boo.");
            page.getByLabel("Beskrivning", new Page.GetByLabelOptions().setExact(true))
                    .first()
                    .fill("Vi ger **trygg** hemtjänst.\n\n- dag\n- natt");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara och publicera"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Sparat")))
                    .isVisible();
            assertNoAccessibilityViolations();

            colleague.getByLabel("Kort beskrivning (högst 300 tecken)").first().fill("Kollegans text.");
            colleague
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara och publicera"))
                    .click();
            assertThat(colleague.getByRole(AriaRole.ALERT)).containsText("Någon annan har sparat sidan");
            colleague
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda om"))
                    .click();
            assertThat(colleague
                            .getByLabel("Kort beskrivning (högst 300 tecken)")
                            .first())
                    .hasValue("Nu med nattpatrull i hela Boo.");
        } finally {
            colleagueContext.close();
        }

        ResultListPage list = new ResultListPage(page).open(url("/tjanst/" + type));
        assertThat(list.card(unit)).containsText("Nu med nattpatrull i hela Boo.");
    }

    @Test
    void theProviderAcknowledgesANewCustomerAndTheResidentSeesTheStartDate() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit("Kunder " + type)
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        String reference = choices.choose(entitlement, code).reference();
        TestLogins.logOut();

        logIn(page, "utforare");
        assertThat(page.getByText(Pattern.compile("nya? kunder? väntar"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visa kunder"))
                .click();
        assertThat(h1()).hasText("Nya kunder");
        Locator customer = page.locator("section.customer").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(customer).containsText("Väntar på er bekräftelse");
        assertThat(customer).not().containsText(p.digits().substring(2, 8));
        assertNoAccessibilityViolations();
        customer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekräfta kund"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new Locator.FilterOptions().setHasText("Kunden är bekräftad")))
                .isVisible();
        assertThat(page.locator("section.customer").filter(new Locator.FilterOptions().setHasText(reference)))
                .containsText("Bekräftad, start");
    }

    @Test
    void everyBackOfficeRouteWithAnotherProvidersIdsShowsNothingOfTheirs() {
        // Kreativa Rum's application (with a confidential file), listing and customer.
        String type = data.serviceType(Delivery.HOME);
        String kreativasListing = data.anOffering()
                .ofType(type)
                .byExistingProvider(KREATIVA)
                .unit("Kreativas egen " + type)
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        ChoiceTestData.logInAs(p);
        String kreativasCustomer = choices.choose(entitlement, kreativasListing).reference();
        TestLogins.provider(KREATIVA);
        long kreativasApplication = providers.startApplication(data.serviceType(Delivery.HOME));
        providers.addAttachment(
                kreativasApplication, "kreativas-hemliga.pdf", ProviderBackOfficeTest.pdf("hemlig"), true);
        TestLogins.logOut();
        Map<String, String> theirs =
                Map.of("{application}", String.valueOf(kreativasApplication), "{code}", kreativasListing);

        logIn(page, "utforare");
        List<String> leaks = new ArrayList<>();
        List<String> routes = backOfficeRoutes();
        org.assertj.core.api.Assertions.assertThat(routes)
                .contains("/kontor", "/kontor/kunder", "/kontor/ansokan/{application}", "/kontor/utbud/{code}");
        for (String route : routes) {
            String path = route;
            for (var id : theirs.entrySet()) {
                path = path.replace(id.getKey(), id.getValue());
            }
            page.navigate(url(path));
            assertThat(h1()).isVisible();
            if (route.contains("{")) {
                assertThat(h1()).hasText("Sidan finns inte");
            }
            String content = page.locator("main").innerText().toLowerCase(Locale.ROOT);
            for (String secret : List.of(
                    "kreativas-hemliga.pdf",
                    "kreativas egen",
                    kreativasCustomer.toLowerCase(Locale.ROOT),
                    "kreativa rum")) {
                if (content.contains(secret)) {
                    leaks.add(path + " shows " + secret);
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(leaks).isEmpty();
    }

    /** Every route under kontor/, with its parameters written as {name}. */
    private List<String> backOfficeRoutes() {
        var registry = com.vaadin.flow.server.startup.ApplicationRouteRegistry.getInstance(
                new com.vaadin.flow.server.VaadinServletContext(servletContext));
        return registry.getRegisteredRoutes().stream()
                .map(r -> "/" + r.getTemplate())
                .filter(t -> t.startsWith("/kontor"))
                .map(t -> t.replaceAll(":([A-Za-z]+)(\\([^)]*\\))?", "{$1}").replace("{id}", "{application}"))
                .sorted()
                .toList();
    }
}

package se.kundval.commission.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ui.ResultListPage;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.Personnummer;
import se.kundval.identity.TestLogins;
import se.kundval.identity.ui.LoginPage;
import se.kundval.provider.ProviderTestData;
import se.kundval.register.Delivery;
import se.kundval.ui.BrowserTest;

/**
 * The commissioning officers in Chromium on MariaDB: approve (and the provider can publish),
 * reject with a reason, request completion and see the answer come back, the four-eyes refusal,
 * suspend a provider out of the catalogue, and a quality import refused with a report then stored.
 */
class CommissionIT extends BrowserTest {

    @Autowired
    CatalogueTestData data;

    @Autowired
    ProviderTestData applications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    ChoiceService choices;

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private void logIn(String user) {
        newSession();
        new LoginPage(page).open(url("/login")).logInAs(user, "demo");
        assertThat(page.getByText("Inloggad som")).isVisible();
    }

    private Locator status(String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    /** A complete application by Nya Omsorgen (demo account utforare-ny), submitted; returns its service type. */
    private String submittedApplication() {
        String type = data.serviceType(Delivery.HOME);
        applications.submittedApplication(type);
        return type;
    }

    private void openApplication(String typeName) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Huvudman"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Granska ansökan från Nya Omsorgen i Saltsjö AB om " + typeName))
                .click();
        assertThat(h1()).hasText("Ansökan från Nya Omsorgen i Saltsjö AB om " + typeName);
    }

    @Test
    void approvingLetsTheProviderPublishAndTheFourEyesRuleStopsAnOfficerWhoEdited() {
        String type = submittedApplication();
        String typeName = "Testtjänst " + type;

        logIn("huvudman");
        assertThat(h1()).hasText("Auktorisation och uppföljning");
        openApplication(typeName);
        assertNoAccessibilityViolations();
        page.getByLabel("E-post till kontaktperson").fill("lina.strom@nyaomsorgen.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara rättelsen"))
                .click();
        assertThat(status("Rättelsen är sparad")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("får därför inte besluta");

        logIn("huvudman2");
        openApplication(typeName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn"))
                .click();
        assertThat(status("Ansökan är godkänd")).isVisible();

        logIn("utforare-ny");
        Locator accreditations =
                page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Auktorisationer"));
        assertThat(accreditations).containsText(typeName);
        assertThat(accreditations).containsText("Godkänd");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigera " + typeName))
                .click();
        page.getByLabel("Kort beskrivning (högst 300 tecken)").first().fill("Ny hemtjänst i Boo med erfaren personal.");
        page.getByLabel("Beskrivning", new Page.GetByLabelOptions().setExact(true))
                .first()
                .fill("Vi är nya i Boo.");
        Locator languages =
                page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Språk som personalen talar"));
        languages.fill("Sven");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Svenska"))
                .click();
        languages.press("Escape");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara och publicera"))
                .click();
        assertThat(status("Sparat")).isVisible();

        ResultListPage list = new ResultListPage(page).open(url("/tjanst/" + type));
        assertThat(list.card("Nya Omsorgen i Saltsjö AB")).containsText("Ny hemtjänst i Boo med erfaren personal.");
    }

    @Test
    void aRejectionAndACompletionRequestReachTheProvider() {
        String rejected = submittedApplication();
        String completed = submittedApplication();

        logIn("huvudman");
        openApplication("Testtjänst " + rejected);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslå"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Skriv ett skäl.");
        page.getByLabel("Skäl till avslag (skickas till utföraren)").fill("Ansvarsförsäkring saknas.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslå"))
                .click();
        assertThat(status("Ansökan är avslagen")).isVisible();

        openApplication("Testtjänst " + completed);
        page.getByLabel("Vad behöver utföraren komplettera?").fill("Skicka ert IVO-tillstånd.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begär komplettering"))
                .click();
        assertThat(status("skickad tillbaka")).isVisible();

        logIn("utforare-ny");
        assertThat(page.getByRole(AriaRole.LISTITEM)
                        .filter(new Locator.FilterOptions().setHasText("Testtjänst " + completed)))
                .containsText("Kommunen behöver komplettering");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öppna ansökan om Testtjänst " + completed))
                .click();
        assertThat(page.getByText("Skicka ert IVO-tillstånd.")).isVisible();
        page.getByLabel("Ert svar på kompletteringen").fill("Tillståndet skickas med posten i dag.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar"))
                .click();
        assertThat(status("Ansökan är inskickad")).isVisible();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inkorg"))
                .click();
        assertThat(page.getByText("Er ansökan är avslagen: Testtjänst " + rejected))
                .isVisible();
        assertThat(page.getByText("Ansvarsförsäkring saknas.").first()).isVisible();

        logIn("huvudman2");
        openApplication("Testtjänst " + completed);
        assertThat(page.getByText("Tillståndet skickas med posten i dag.")).isVisible();
    }

    @Test
    void aSuspendedProviderVanishesFromTheCatalogue() {
        String type = data.serviceType(Delivery.HOME);
        data.anOffering()
                .ofType(type)
                .by("Avstängda Omsorgen " + type)
                .summary("Text.")
                .create();
        ResultListPage list = new ResultListPage(page).open(url("/tjanst/" + type));
        assertThat(list.cards()).hasCount(1);

        logIn("huvudman");
        page.navigate(url("/huvudman/auktorisationer"));
        Locator choose = page.getByLabel("Välj utförare och tjänst");
        choose.fill("Avstängda Omsorgen " + type);
        page.getByRole(AriaRole.OPTION).first().click();
        page.getByLabel("Skäl (skickas till utföraren)").fill("Brister i bemanningen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stäng av"))
                .click();
        assertThat(status("Auktorisationen är avstängd")).isVisible();
        assertNoAccessibilityViolations();

        ResultListPage after = new ResultListPage(page).open(url("/tjanst/" + type));
        assertThat(after.resultCount()).containsText("Inga utförare passar");
    }

    @Test
    void aQualityFileWithErrorsIsRefusedWithAReportAndACleanOneShowsOnTheProviderPage() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .by("Mätta Omsorgen " + type)
                .summary("Text.")
                .create();
        data.linkIndicator(type, "NOJDHET");
        String orgnr = jdbc.queryForObject(
                "select p.orgnr from offering o join provider p on p.id = o.provider_id" + " where o.code = ?",
                String.class,
                code);
        String header = "orgnr;serviceType;indicator;year;value;respondents;source\n";
        String good = orgnr + ";" + type + ";NOJDHET;2025;93;140;Testenkät 2025\n";

        logIn("huvudman");
        page.navigate(url("/huvudman/kvalitet"));
        assertThat(h1()).hasText("Läs in kvalitetsmått");
        upload(header + good + orgnr + ";" + type + ";FINNS_INTE;2025;93;140;Testenkät\n");
        Locator problems = page.locator(".import-problems");
        assertThat(problems).containsText("Rad 3: Okänt mått FINNS_INTE");
        assertThat(page.getByText("Inget har sparats.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara måtten")))
                .hasCount(0);
        assertNoAccessibilityViolations();

        page.navigate(url("/huvudman/kvalitet"));
        upload(header + good);
        assertThat(page.getByText("1 rad är rätt.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara måtten"))
                .click();
        assertThat(status("1 rad är sparad.")).isVisible();

        page.navigate(url("/utforare/" + code));
        assertThat(page.getByText("93", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        assertThat(page.locator("main")).containsText("Testenkät 2025");
    }

    private void upload(String csv) {
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("kvalitet.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFollowUpDashboardShowsWhatTheTestCreated() {
        String type = data.serviceType(Delivery.HOME);
        String alfa = data.anOffering()
                .ofType(type)
                .by("Alfa " + type)
                .summary("Text.")
                .create();
        String beta = data.anOffering()
                .ofType(type)
                .by("Beta " + type)
                .summary("Text.")
                .create();
        Personnummer one = ChoiceTestData.newPersonnummer();
        Personnummer two = ChoiceTestData.newPersonnummer();
        long e1 = residents.residentWithEntitlement(one, "BOO", type);
        long e2 = residents.residentWithEntitlement(two, "BOO", type);
        ChoiceTestData.logInAs(one);
        choices.choose(e1, alfa);
        choices.choose(e1, beta);
        ChoiceTestData.logInAs(two);
        choices.choose(e2, beta);
        TestLogins.logOut();

        logIn("huvudman");
        page.navigate(url("/huvudman/uppfoljning"));
        page.getByLabel("Tjänst").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Testtjänst " + type))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa"))
                .click();

        Locator figures = page.locator("dl.key-figures");
        assertThat(figures.locator("dt:has-text('Val gjorda under perioden') + dd"))
                .hasText("3");
        assertThat(figures.locator("dt:has-text('Byten av utförare') + dd")).hasText("1");
        assertThat(figures.locator("dt:has-text('Andel som fick ickevalsalternativet') + dd"))
                .hasText("0 % (0 / 2)");
        Locator market = page.locator("table.market-table");
        assertThat(market.locator("tr").filter(new Locator.FilterOptions().setHasText("Beta " + type)))
                .containsText("2");
        assertThat(market.locator("tr").filter(new Locator.FilterOptions().setHasText("Alfa " + type)))
                .containsText("1");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Stapeldiagram"))))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ner marknadsandelar.csv")))
                .isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void theCatalogueRegistersAreEditedAndAnAreaInUseIsKept() {
        logIn("huvudman");
        page.navigate(url("/huvudman/katalog"));
        assertThat(h1()).hasText("Katalogens register");
        Locator areas = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Områden"));
        areas.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ta bort Boo (BOO)"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Området används");

        String code = "T"
                + java.util
                        .UUID
                        .randomUUID()
                        .toString()
                        .replace("-", "")
                        .substring(0, 8)
                        .toUpperCase();
        areas = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Områden"));
        areas.getByLabel("Kod (versaler, siffror, _)").fill(code);
        areas.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill("Testområde " + code);
        areas.getByLabel("Mittpunkt, latitud").fill("40");
        areas.getByLabel("Mittpunkt, longitud").fill("18.2");
        areas.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara"))
                .click();
        assertThat(page.getByText("Ange en mittpunkt i Sverige").first()).isVisible();
        areas.getByLabel("Mittpunkt, latitud").fill("59.31");
        areas.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara"))
                .click();
        assertThat(status("Sparat.")).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Områden")))
                .containsText("Testområde " + code + " (" + code + ")");
        assertNoAccessibilityViolations();
    }
}

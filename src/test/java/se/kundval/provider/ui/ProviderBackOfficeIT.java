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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ui.ListingEditorPage;
import se.kundval.catalogue.ui.ResultListPage;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.choice.ui.CustomersPage;
import se.kundval.identity.Personnummer;
import se.kundval.identity.TestLogins;
import se.kundval.identity.ui.LoginPage;
import se.kundval.notification.ui.MessagesPage;
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
    private static final String NEW_PROVIDER = "559012-3450";

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    private void logIn(Page on, String user) {
        new LoginPage(on).open(url("/login")).logInAsDemoUser(user);
    }

    @Test
    void aNewProviderDraftsResumesAndSubmitsAnApplicationWithAPdf() {
        String type = data.serviceType(Delivery.HOME);
        String typeName = "Testtjänst " + type;
        data.requirement(type, "FSKATT", "Vi har F-skattsedel.", false);
        data.requirement(type, "FORSAKRING", "Vi har ansvarsförsäkring.", true);

        logIn(page, "utforare-ny");
        BackOfficePage office = new BackOfficePage(page);
        assertThat(office.heading()).hasText("Kontor – Nya Omsorgen i Saltsjö AB");
        assertNoAccessibilityViolations();
        office.applyFor(typeName);

        ApplicationPage application = new ApplicationPage(page);
        assertThat(application.heading()).hasText("Ansökan om auktorisation: " + typeName);
        assertThat(application.field("Postadress")).hasValue("Skurusundsvägen 3, 131 46 Nacka");
        application.field("E-post till kontaktperson").fill("inte en adress");
        application.saveAndContinue();
        assertThat(application.fieldMessage("Skriv en e-postadress som namn@exempel.se."))
                .isVisible();
        application.exactField("Kontaktperson").fill("Lina Ström");
        application.field("E-post till kontaktperson").fill("lina@nyaomsorgen.example");
        application.saveAndContinue();
        assertThat(application.step("Steg 2 av 5: Krav")).isVisible();
        application.field("Vi har F-skattsedel.").check();
        application.declare("Vi har ansvarsförsäkring");
        application.saveAndContinue();
        assertThat(application.step("Steg 3 av 5: Område och platser")).isVisible();

        // Leave and come back: the draft resumes where it was left.
        office.openFromMenu();
        // This application's line (the shared test database may hold other drafts of the demo provider).
        assertThat(office.application(typeName)).containsText("Utkast – inte inskickad");
        office.openApplication(typeName);
        assertThat(application.step("Steg 3 av 5: Område och platser")).isVisible();
        application.field("Boo").check();
        application.field("Antal platser ni erbjuder").fill("25");
        application.field("Personalens utbildning och erfarenhet").fill("Undersköterskor med demensutbildning.");
        application.saveAndContinue();
        assertThat(application.step("Steg 4 av 5: Bilagor")).isVisible();
        assertNoAccessibilityViolations();

        application.attachConfidential(
                new FilePayload("forsakring.pdf", "application/pdf", ProviderBackOfficeTest.pdf("försäkringsbrev")));
        assertThat(application.attached("forsakring.pdf")).isVisible();
        assertThat(application.attachmentLink(Pattern.compile("^forsakring\\.pdf")))
                .isVisible();
        application.saveAndContinue();
        assertThat(application.step("Steg 5 av 5: Granska och skicka")).isVisible();
        application.submit();
        assertThat(application.submitted()).isVisible();
        assertThat(application.lockedNote()).isVisible();
        assertNoAccessibilityViolations();

        office.openFromMenu();
        Locator accreditations = office.accreditations();
        assertThat(accreditations).containsText(typeName);
        assertThat(accreditations).containsText("Ansökan inskickad");
    }

    /**
     * The new provider's application on a phone and a desktop: "Ansök" first, one upload per
     * requirement (the same file refused for a second one), the review step naming what is missing
     * with "Ändra" to the field, a reference number after submitting and an inbox message that
     * leads back to the application.
     */
    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void aNewProviderIsToldByNameWhatIsMissingAndGetsAReferenceNumber(int width) {
        page.setViewportSize(width, 900);
        String type = data.serviceType(Delivery.HOME);
        String typeName = "Testtjänst " + type;
        String fskatt = "Vi har F-skattsedel.";
        String insurance = "Vi har ansvarsförsäkring.";
        String ivo = "Vi har tillstånd från IVO.";
        data.requirement(type, "FSKATT", fskatt, false);
        data.requirement(type, "FORSAKRING", insurance, true);
        data.requirement(type, "IVO", ivo, true);

        // The demo's new provider is made new again: other tests (CommissionTest) approve its
        // applications in the shared test database.
        jdbc.update(
                "update accreditation set status = 'REJECTED' where status in ('APPROVED', 'SUSPENDED', 'REVOKED')"
                        + " and provider_id = (select id from provider where orgnr = ?)",
                NEW_PROVIDER);

        logIn(page, "utforare-ny");
        BackOfficePage office = new BackOfficePage(page);
        assertThat(office.heading()).hasText("Kontor – Nya Omsorgen i Saltsjö AB");
        // Applying is what a provider without accreditation can do: it comes first.
        assertThat(office.sectionHeadings().first()).hasText("Ansökningar");
        assertNoAccessibilityViolations();
        screenshot("provider-new-backoffice-" + width);
        office.applyFor(typeName);

        ApplicationPage application = new ApplicationPage(page);
        assertThat(application.heading()).hasText("Ansökan om auktorisation: " + typeName);
        application.exactField("Kontaktperson").fill("Lina Ström");
        application.field("E-post till kontaktperson").fill("lina@nyaomsorgen.example");
        application.saveAndContinue();
        assertThat(application.step("Steg 2 av 5: Krav")).isVisible();
        application.declaration(insurance).check();
        application.saveAndContinue();
        application.field("Boo").check();
        application.field("Antal platser ni erbjuder").fill("25");
        application.field("Personalens utbildning och erfarenhet").fill("Undersköterskor med demensutbildning.");
        application.saveAndContinue();
        assertThat(application.step("Steg 4 av 5: Bilagor")).isVisible();

        // One upload per requirement; the insurance letter cannot also prove the IVO permit.
        FilePayload letter =
                new FilePayload("forsakring.pdf", "application/pdf", ProviderBackOfficeTest.pdf("försäkringsbrev"));
        application.attachProof(insurance, letter);
        assertThat(application.attached("forsakring.pdf")).isVisible();
        application.attachProof(ivo, letter);
        assertThat(application.proof(ivo)).containsText("Den här filen är redan bifogad som intyg för ett annat krav.");
        assertThat(application.proof(ivo)).containsText("Ingen fil ännu.");
        assertNoAccessibilityViolations();
        screenshot("provider-application-proofs-" + width);

        application.saveAndContinue();
        assertThat(application.step("Steg 5 av 5: Granska och skicka")).isVisible();
        Locator missing = application.missing();
        assertThat(missing).containsText("Kravet är inte ikryssat: " + fskatt);
        assertThat(missing).containsText("Kravet är inte ikryssat: " + ivo);
        assertThat(missing).containsText("Intyg saknas för kravet: " + ivo);
        assertThat(missing).not().containsText("Intyg saknas för kravet: " + insurance);
        assertNoAccessibilityViolations();
        screenshot("provider-application-missing-" + width);

        // "Ändra" at the missing intyg: step 4, the IVO upload focused.
        application.changeProof(ivo);
        assertThat(application.step("Steg 4 av 5: Bilagor")).isVisible();
        assertThat(application.proofUploadButton(ivo)).isFocused();
        application.attachProof(
                ivo, new FilePayload("ivo.pdf", "application/pdf", ProviderBackOfficeTest.pdf("tillstånd från IVO")));
        assertThat(application.attached("ivo.pdf")).isVisible();
        application.saveAndContinue();

        // "Ändra" at a requirement not ticked: step 2, its checkbox focused.
        application.change(fskatt);
        assertThat(application.step("Steg 2 av 5: Krav")).isVisible();
        assertThat(application.declaration(fskatt)).isFocused();
        application.declaration(fskatt).check();
        application.declaration(ivo).check();
        application.saveAndContinue();
        assertThat(application.step("Steg 3 av 5: Område och platser")).isVisible();
        application.saveAndContinue();
        assertThat(application.step("Steg 4 av 5: Bilagor")).isVisible();
        application.saveAndContinue();
        assertThat(application.step("Steg 5 av 5: Granska och skicka")).isVisible();
        assertThat(application.missing()).containsText("Allt som behövs är ifyllt");
        application.submit();

        assertThat(application.submitted()).isVisible();
        assertThat(application.reference()).hasText(Pattern.compile("^ANS-\\d{4}-\\d{4,}$"));
        String reference = application.reference().innerText();
        assertThat(application.confirmation()).containsText("ungefär 6 veckor");
        assertThat(application.confirmation()).containsText("Så går det till nu");
        assertThat(application.confirmation()).not().containsText(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        assertNoAccessibilityViolations();
        screenshot("provider-application-submitted-" + width);
        String applicationUrl = page.url();

        // The inbox has the receipt; its link leads back to this application.
        page.navigate(url("/meddelanden"));
        MessagesPage inbox = new MessagesPage(page);
        Locator received = inbox.message(reference);
        assertThat(received).containsText("Vi har tagit emot er ansökan: " + typeName);
        assertThat(received).not().containsText(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        assertNoAccessibilityViolations();
        screenshot("provider-inbox-" + width);
        received.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Öppna ansökan"))
                .click();
        assertThat(page).hasURL(applicationUrl);
        assertThat(application.heading()).hasText("Ansökan om auktorisation: " + typeName);
        assertThat(application.reference()).hasText(reference);
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
        new BackOfficePage(page).editListing("Testtjänst " + type + " – " + unit);
        ListingEditorPage editor = new ListingEditorPage(page);
        assertThat(editor.heading()).hasText("Er sida: Testtjänst " + type);

        // A colleague opens the same page in another browser.
        BrowserContext colleagueContext =
                page.context().browser().newContext(new Browser.NewContextOptions().setLocale("sv-SE"));
        Page colleague = colleagueContext.newPage();
        try {
            logIn(colleague, "utforare");
            ListingEditorPage colleaguesEditor = new ListingEditorPage(colleague).open(url("/"), code);
            assertThat(colleaguesEditor.heading()).hasText("Er sida: Testtjänst " + type);

            editor.writeSummary("Nu med nattpatrull i hela Boo.");
            editor.writeDescription("Vi ger **trygg** hemtjänst.\n\n- dag\n- natt");
            editor.saveAndPublish();
            assertThat(editor.saved()).isVisible();
            assertNoAccessibilityViolations();

            colleaguesEditor.writeSummary("Kollegans text.");
            colleaguesEditor.saveAndPublish();
            assertThat(colleaguesEditor.alert()).containsText("Någon annan har sparat sidan");
            colleaguesEditor.reload();
            assertThat(colleaguesEditor.summary()).hasValue("Nu med nattpatrull i hela Boo.");
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
        BackOfficePage office = new BackOfficePage(page);
        assertThat(office.customersWaiting()).isVisible();
        office.showCustomers();
        CustomersPage customers = new CustomersPage(page);
        assertThat(customers.heading()).hasText("Nya kunder");
        Locator customer = customers.customer(reference);
        assertThat(customer).containsText("Väntar på er bekräftelse");
        assertThat(customer).not().containsText(p.digits().substring(2, 8));
        assertNoAccessibilityViolations();
        customers.confirm(reference);
        assertThat(customers.confirmed()).isVisible();
        assertThat(customers.customer(reference)).containsText("Bekräftad, start");
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
            BackOfficePage office = new BackOfficePage(page);
            assertThat(office.heading()).isVisible();
            if (route.contains("{")) {
                assertThat(office.heading()).hasText("Sidan finns inte");
            }
            String content = office.main().innerText().toLowerCase(Locale.ROOT);
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

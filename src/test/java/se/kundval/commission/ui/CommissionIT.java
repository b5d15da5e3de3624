package se.kundval.commission.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ui.ListingEditorPage;
import se.kundval.catalogue.ui.ProviderPage;
import se.kundval.catalogue.ui.ResultListPage;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.Personnummer;
import se.kundval.identity.TestLogins;
import se.kundval.identity.ui.LoginPage;
import se.kundval.notification.ui.MessagesPage;
import se.kundval.provider.ProviderTestData;
import se.kundval.provider.ui.ApplicationPage;
import se.kundval.provider.ui.BackOfficePage;
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

    private void logIn(String user) {
        newSession();
        new LoginPage(page).open(url("/login")).logInAsDemoUser(user);
    }

    /** A complete application by Nya Omsorgen (demo account utforare-ny), submitted; returns its service type. */
    private String submittedApplication() {
        String type = data.serviceType(Delivery.HOME);
        applications.submittedApplication(type);
        return type;
    }

    private ReviewPage openApplication(String typeName) {
        return new CommissionPage(page).reviewApplicationOfNyaOmsorgen(typeName);
    }

    @Test
    void approvingLetsTheProviderPublishAndTheFourEyesRuleStopsAnOfficerWhoEdited() {
        String type = submittedApplication();
        String typeName = "Testtjänst " + type;

        logIn("huvudman");
        assertThat(new CommissionPage(page).heading()).hasText("Auktorisation och uppföljning");
        ReviewPage review = openApplication(typeName);
        assertNoAccessibilityViolations();
        review.correctContactEmail("lina.strom@nyaomsorgen.example");
        assertThat(review.status("Rättelsen är sparad")).isVisible();
        review.approve();
        assertThat(review.alert()).containsText("får därför inte besluta");

        logIn("huvudman2");
        review = openApplication(typeName);
        review.approve();
        assertThat(review.status("Ansökan är godkänd")).isVisible();

        logIn("utforare-ny");
        BackOfficePage office = new BackOfficePage(page);
        Locator accreditations = office.accreditations();
        assertThat(accreditations).containsText(typeName);
        assertThat(accreditations).containsText("Godkänd");
        office.editListing(typeName);
        ListingEditorPage editor = new ListingEditorPage(page);
        editor.writeSummary("Ny hemtjänst i Boo med erfaren personal.");
        editor.writeDescription("Vi är nya i Boo.");
        editor.addLanguage("Sven", "Svenska");
        editor.saveAndPublish();
        assertThat(editor.saved()).isVisible();

        ResultListPage list = new ResultListPage(page).open(url("/tjanst/" + type));
        assertThat(list.card("Nya Omsorgen i Saltsjö AB")).containsText("Ny hemtjänst i Boo med erfaren personal.");
    }

    @Test
    void theOfficerTicksEveryRequirementAndIsAskedBeforeApproving() {
        String type = data.serviceType(Delivery.HOME);
        data.requirement(type, "IVO-" + type, "Tillstånd från IVO", false);
        data.requirement(type, "FORS-" + type, "Ansvarsförsäkring", false);
        applications.submittedApplication(type, java.util.Set.of("IVO-" + type, "FORS-" + type));

        logIn("huvudman");
        ReviewPage review = openApplication("Testtjänst " + type);
        assertThat(review.text("Områden där utföraren vill arbeta")).isVisible();
        assertThat(review.requirement("Tillstånd från IVO")).containsText("Utföraren intygar att kravet är uppfyllt.");
        assertThat(review.requirement("Ansvarsförsäkring")).containsText("Kravet behöver ingen bilaga.");
        screenshot("review-checklist");
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, 900);
            assertNoAccessibilityViolations();
        }

        // One requirement left: the message is at the checklist and focus goes to what is left.
        review.tick("Tillstånd från IVO");
        review.pressApprove();
        assertThat(review.text("Kontrollera alla krav och bocka för dem innan du godkänner ansökan."))
                .isVisible();
        assertThat(review.tickOf("Ansvarsförsäkring")).isFocused();
        assertThat(review.confirmDialog()).hasCount(0);

        review.tick("Ansvarsförsäkring");
        review.pressApprove();
        assertThat(review.confirmDialog())
                .containsText("Nya Omsorgen i Saltsjö AB blir auktoriserad för Testtjänst " + type);
        screenshot("review-confirm");
        review.cancelButton().click();
        assertThat(review.confirmDialog()).hasCount(0);
        assertThat(review.status("Ansökan är godkänd")).hasCount(0);

        review.pressApprove();
        review.confirmButton().click();
        assertThat(review.status("Ansökan är godkänd")).isVisible();
    }

    @Test
    void aRejectionAndACompletionRequestReachTheProvider() {
        String rejected = submittedApplication();
        String completed = submittedApplication();

        logIn("huvudman");
        ReviewPage review = openApplication("Testtjänst " + rejected);
        review.reject("");
        // The message is at the reason field, and focus is there to write it.
        assertThat(review.rejectReason()).isFocused();
        assertThat(review.text("Skriv ett skäl.")).isVisible();
        review.reject("Ansvarsförsäkring saknas.");
        assertThat(review.status("Ansökan är avslagen")).isVisible();

        review = openApplication("Testtjänst " + completed);
        review.requestCompletion("Skicka ert IVO-tillstånd.");
        assertThat(review.status("skickad tillbaka")).isVisible();

        logIn("utforare-ny");
        BackOfficePage office = new BackOfficePage(page);
        assertThat(office.application("Testtjänst " + completed)).containsText("Kommunen behöver komplettering");
        office.openApplication("Testtjänst " + completed);
        ApplicationPage application = new ApplicationPage(page);
        assertThat(application.text("Skicka ert IVO-tillstånd.")).isVisible();
        application.answerCompletion("Tillståndet skickas med posten i dag.");
        assertThat(application.status("Ansökan är inskickad")).isVisible();
        MessagesPage inbox = new MessagesPage(page);
        inbox.goTo("Inkorg");
        assertThat(inbox.text("Er ansökan är avslagen: Testtjänst " + rejected)).isVisible();
        assertThat(inbox.text("Ansvarsförsäkring saknas.").first()).isVisible();

        logIn("huvudman2");
        review = openApplication("Testtjänst " + completed);
        assertThat(review.text("Tillståndet skickas med posten i dag.")).isVisible();
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
        OversightPage oversight = new OversightPage(page).open(url("/"));
        oversight.suspend("Avstängda Omsorgen " + type, "Brister i bemanningen.");
        assertThat(oversight.status("Auktorisationen är avstängd")).isVisible();
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
        QualityImportPage quality = new QualityImportPage(page).open(url("/"));
        assertThat(quality.heading()).hasText("Läs in kvalitetsmått");
        quality.upload(header + good + orgnr + ";" + type + ";FINNS_INTE;2025;93;140;Testenkät\n");
        assertThat(quality.problems()).containsText("Rad 3: Okänt mått FINNS_INTE");
        assertThat(quality.text("Inget har sparats.")).isVisible();
        assertThat(quality.saveButton()).hasCount(0);
        assertNoAccessibilityViolations();

        quality.open(url("/"));
        quality.upload(header + good);
        assertThat(quality.text("1 rad är rätt.")).isVisible();
        quality.saveButton().click();
        assertThat(quality.status("1 rad är sparad.")).isVisible();

        ProviderPage provider = new ProviderPage(page);
        provider.open(url("/"), code);
        assertThat(provider.indicatorValue("93")).isVisible();
        assertThat(provider.main()).containsText("Testenkät 2025");
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
        FollowUpPage followUp = new FollowUpPage(page).open(url("/"));
        // This year's figures at once, without pressing anything, the period written out in Swedish.
        java.time.format.DateTimeFormatter swedish =
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("sv"));
        java.time.LocalDate today = java.time.LocalDate.now();
        assertThat(followUp.figuresHeading()).isVisible();
        assertThat(followUp.text("Perioden " + today.withDayOfYear(1).format(swedish) + " – " + today.format(swedish)))
                .isVisible();
        assertThat(followUp.button("Visa")).hasCount(0);
        followUp.show("Testtjänst " + type);
        assertThat(followUp.figuresHeading()).hasText("Nyckeltal: Testtjänst " + type);

        assertThat(followUp.keyFigure("Val gjorda under perioden")).hasText("3");
        assertThat(followUp.keyFigure("Byten av utförare")).hasText("1");
        assertThat(followUp.keyFigure("Andel som fick ickevalsalternativet")).hasText("0 % (0 / 2)");
        // Customers today: the first person is still Alfa's until the change to Beta starts, so each
        // has one of the two people (a pending change is not a second customer).
        assertThat(followUp.marketShare("Beta " + type)).containsText("50 %");
        assertThat(followUp.marketShare("Alfa " + type)).containsText("50 %");
        assertThat(followUp.barChart()).isVisible();
        assertThat(followUp.link("Ladda ner marknadsandelar.csv")).isVisible();
        assertThat(page.locator("main")).not().containsText(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        screenshot("follow-up");
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, 900);
            assertNoAccessibilityViolations();
        }
    }

    @Test
    void theCatalogueRegistersAreEditedAndAnAreaInUseIsKept() {
        logIn("huvudman");
        CatalogueAdminPage admin = new CatalogueAdminPage(page).open(url("/"));
        assertThat(admin.heading()).hasText("Katalogens register");
        admin.removeArea("Boo (BOO)");
        assertThat(admin.alert()).containsText("Området används");

        String code = "T"
                + java.util
                        .UUID
                        .randomUUID()
                        .toString()
                        .replace("-", "")
                        .substring(0, 8)
                        .toUpperCase();
        admin.addArea(code, "Testområde " + code, "40", "18.2");
        assertThat(admin.text("Ange en mittpunkt i Sverige").first()).isVisible();
        admin.correctLatitude("59.31");
        assertThat(admin.status("Sparat.")).isVisible();
        assertThat(admin.areas()).containsText("Testområde " + code + " (" + code + ")");
        assertNoAccessibilityViolations();
    }
}

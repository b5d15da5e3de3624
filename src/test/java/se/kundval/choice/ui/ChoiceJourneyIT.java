package se.kundval.choice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
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
import se.kundval.notification.ui.MessagesPage;
import se.kundval.register.Delivery;
import se.kundval.ui.BrowserTest;
import se.kundval.ui.NotFoundPage;
import se.kundval.ui.PortalPage;

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

    private void logIn(String user) {
        newSession();
        new LoginPage(page).open(url("/login")).logInAsDemoUser(user);
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
        form.typePersonnummer("19930621-3572");
        assertThat(form.fieldMessage("Personnumret stämmer inte. Kontrollera den sista siffran."))
                .isVisible();
        form.lookUp(JONAS);
        assertThat(form.lookupResult()).containsText("Personen finns redan");
        assertThat(form.field("Förnamn")).hasValue("Jonas");
        form.grant(typeName, "8");
        form.wishLanguage("Arabiska");
        assertNoAccessibilityViolations();
        form.save();
        OfficerCasesPage cases = new OfficerCasesPage(page);
        assertThat(cases.heading()).hasText("Mina ärenden");
        assertThat(cases.cells(typeName)).hasCount(1);
        assertThat(cases.cells("Jonas Berglund").first()).isVisible();
        assertThat(cases.cells("Väntar på personens val").first()).isVisible();
        assertNoAccessibilityViolations();

        // The resident chooses, ranked by their wishes.
        logIn("invanare2");
        MyChoicesPage myChoices = new MyChoicesPage(page).openFromMenu();
        assertThat(myChoices.entitlement(typeName)).containsText("8 timmar per vecka");
        myChoices.choose(typeName, "Välj utförare");
        ResultListPage list = new ResultListPage(page);
        assertThat(list.heading()).hasText("Välj utförare av " + typeName.toLowerCase());
        assertThat(list.cards().first()).containsText(wishedUnit);
        assertThat(list.cards().first()).containsText("Talar arabiska ✓ · 1 av 1 önskemål");
        assertThat(list.card(full)).containsText("Kan inte väljas: utföraren har fullt.");
        assertThat(list.chooseLink(full)).isHidden();
        org.assertj.core.api.Assertions.assertThat(page.url())
                .doesNotContain("19930621")
                .doesNotContain("3571");
        assertNoAccessibilityViolations();
        list.chooseFirst("Omsorgsgruppen");

        ConfirmChoicePage confirm = new ConfirmChoicePage(page);
        assertThat(confirm.heading()).hasText("Bekräfta ditt val");
        assertThat(confirm.text("Utföraren kontaktar dig inom 3 arbetsdagar")).isVisible();
        assertThat(confirm.explains("Turordning bland utförare med plats.")).isVisible();
        assertNoAccessibilityViolations();
        confirm.confirm();
        ReceiptPage receipt = new ReceiptPage(page);
        assertThat(receipt.heading()).hasText("Klart! Du har valt Omsorgsgruppen Saltsjö AB – " + wishedUnit);
        assertThat(receipt.reference()).containsText(Pattern.compile("KV-\\d{4}-[A-Z0-9]{6}"));
        String firstReference = receipt.referenceNumber();
        assertNoAccessibilityViolations();

        // The provider's inbox shows the new customer, without who it is.
        logIn("utforare");
        MessagesPage inbox = new MessagesPage(page);
        inbox.goTo("Inkorg");
        assertThat(inbox.heading()).hasText("Inkorg");
        Locator message = inbox.message(firstReference);
        assertThat(message).containsText("Ny kund: " + typeName);
        assertThat(message).not().containsText("Jonas");
        assertNoAccessibilityViolations();

        // The resident changes provider; the history shows both.
        logIn("invanare2");
        myChoices = new MyChoicesPage(page).openFromMenu();
        assertThat(myChoices.entitlement(typeName)).containsText("Omsorgsgruppen Saltsjö AB – " + wishedUnit);
        myChoices.choose(typeName, "Byt utförare");
        new ResultListPage(page).chooseLink(ordinary).click();
        confirm = new ConfirmChoicePage(page);
        assertThat(confirm.text("Din utförare nu")).isVisible();
        confirm.confirm();
        // A new page object: the first receipt belonged to the browser session closed by logIn.
        receipt = new ReceiptPage(page);
        assertThat(receipt.heading()).hasText("Klart! Du har valt " + ordinary);
        receipt.backToMyChoices();
        // Three parts: who helps now, the change on its way with its dates, and nothing earlier yet.
        assertThat(myChoices.now(typeName)).containsText(wishedUnit);
        assertThat(myChoices.comingChange(typeName)).containsText("Du byter till " + ordinary + " från ");
        assertThat(myChoices.comingChange(typeName)).containsText("fortsätter till och med ");
        assertThat(myChoices.earlier(typeName)).hasCount(0);
        assertThat(myChoices.entitlement(typeName)).not().containsText("gäller,");
        screenshot("mina-val-byte");
        assertNoAccessibilityViolations();

        // And can undo the change before it starts.
        myChoices.undoChange(typeName);
        assertThat(myChoices.changeUndone()).isVisible();
        assertThat(myChoices.comingChange(typeName)).hasCount(0);
        assertThat(myChoices.historyEntries(typeName)).hasCount(1);
        assertThat(myChoices.earlier(typeName)).containsText(ordinary);
        assertThat(myChoices.earlier(typeName)).containsText("Ångrat innan det började");

        // Every choice, change and undo is confirmed in writing, with a link to where it points.
        MessagesPage messages = new MessagesPage(page);
        messages.goTo("Meddelanden");
        assertThat(messages.message("Du har ångrat bytet")).containsText(ordinary);
        assertThat(messages.message("Du byter till " + ordinary)).containsText("fortsätter till och med");
        assertThat(messages.message(firstReference)).containsText("Du har valt");
        assertNoAccessibilityViolations();
        messages.message(firstReference)
                .getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Visa kvittot"))
                .click();
        assertThat(new ReceiptPage(page).reference()).containsText(firstReference);
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
        MessagesPage messages = new MessagesPage(page);
        messages.goTo("Meddelanden");
        assertThat(messages.message("Turordningen " + type)).containsText("Du har fått en utförare");
        assertThat(messages.message("Turordningen " + type)
                        .getByRole(
                                com.microsoft.playwright.options.AriaRole.LINK,
                                new Locator.GetByRoleOptions().setName("Gå till Mina val")))
                .isVisible();
        assertNoAccessibilityViolations();
        Locator region = new MyChoicesPage(page).openFromMenu().entitlement("Testtjänst " + type);
        assertThat(region).containsText("Du valde inte i tid");
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
        assertThat(on(MessagesPage::new).loginHeading()).isVisible();

        logIn("invanare");
        page.navigate(url("/kvitto/" + strangersReference));
        assertThat(on(NotFoundPage::new).heading()).hasText("Sidan finns inte");
        ConfirmChoicePage confirm = new ConfirmChoicePage(page).open(url("/"), strangersEntitlement, code);
        assertThat(confirm.notFound()).isVisible();
        page.navigate(url("/tjanst/" + type + "?beslut=" + strangersEntitlement));
        assertThat(on(ResultListPage::new).heading()).hasText("Utförare av " + ("Testtjänst " + type).toLowerCase());
        page.navigate(url("/handlaggare/samtal"));
        PortalPage denied = new PortalPage(page);
        assertThat(denied.heading()).isVisible();
        assertThat(denied.heading()).not().hasText("Registrera vägledande samtal");

        // Anna's own confirmation page, at 320 px: nothing needs horizontal scrolling.
        page.setViewportSize(320, 800);
        confirm.open(url("/"), annasEntitlement, code);
        assertThat(confirm.confirmButton()).isVisible();
        org.assertj.core.api.Assertions.assertThat(confirm.contentWidth()).isLessThanOrEqualTo(320);
        assertNoAccessibilityViolations();

        logIn("handlaggare");
        page.setViewportSize(320, 800);
        ConversationFormPage form = new ConversationFormPage(page).openFromMenu();
        org.assertj.core.api.Assertions.assertThat(form.contentWidth()).isLessThanOrEqualTo(320);
        // Saving an empty form: every message next to its field, nothing stored.
        form.save();
        assertThat(form.alert("Något behöver rättas")).isVisible();
        assertThat(form.fieldMessage("Skriv personnumret med 12 siffror")).isVisible();
        assertThat(form.fieldMessage("Kryssa i minst en tjänst.")).isVisible();
        assertNoAccessibilityViolations();
    }
}

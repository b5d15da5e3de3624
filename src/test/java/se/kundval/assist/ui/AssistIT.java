package se.kundval.assist.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.audit.ui.AccessLogPage;
import se.kundval.audit.ui.AuditSearchPage;
import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.Personnummer;
import se.kundval.identity.ui.LoginPage;
import se.kundval.register.Delivery;
import se.kundval.ui.BrowserTest;

/**
 * At the service point desk, in Chromium: the reason comes before anything is shown, the visitor
 * is shown discreetly, and a choice is registered only with the visitor's consent.
 */
class AssistIT extends BrowserTest {

    @Autowired
    CatalogueTestData data;

    @Autowired
    ChoiceTestData residents;

    @Test
    void staffFindAVisitorWithAReasonSeeThemDiscreetlyAndRegisterAChoiceWithConsent() {
        String type = data.serviceType(Delivery.HOME);
        data.anOffering().ofType(type).by("Disken " + type).summary("Text.").create();
        Personnummer visitor = ChoiceTestData.newPersonnummer();
        residents.residentWithEntitlement(visitor, "BOO", type);

        // Everything the app logs during the visit, and every URL the browser asks for, is checked below.
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        java.util.List<String> urls = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> urls.add(request.url()));
        new LoginPage(page).open(url("/login")).logInAs("servicepunkt", "demo");
        AssistDeskPage desk = new AssistDeskPage(page);
        String typeName = "Testtjänst " + type;
        assertThat(desk.heading()).hasText("Hjälp en besökare");
        assertThat(desk.servicePoint()).hasText("Du hjälper besökare på Servicepunkt Orminge centrum.");
        desk.visitorsPersonnummer(visitor.formatted());
        desk.fetchVisitor();
        assertThat(desk.alert()).containsText("Välj ett skäl.");
        desk.because("Besökaren ber om hjälp att välja");
        desk.fetchVisitor();

        Locator shown = desk.visitor();
        assertThat(shown).hasText("T.P. " + visitor.digits().substring(0, 8) + "-****");
        assertThat(desk.main()).not().containsText("Test Person");
        assertNoAccessibilityViolations();
        desk.showName();
        assertThat(shown).containsText("Test Person");

        desk.pickProvider(typeName, "Disken " + type);
        desk.registerChoice(typeName);
        assertThat(desk.alert("samtyckt")).isVisible();
        desk.visitorConsents(typeName);
        desk.registerChoice(typeName);
        assertThat(desk.registered()).containsText("Disken " + type);
        String statusText = desk.registered().innerText();
        String reference = statusText.replaceAll("(?s).*(KV-\\d{4}-[A-Z0-9]{6}).*", "$1");
        org.assertj.core.api.Assertions.assertThat(desk.downloadReceiptText())
                .contains("Disken " + type)
                .contains(reference)
                .contains(visitor.digits().substring(0, 8) + "-****")
                .contains("Erik Nyström")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .doesNotContain(visitor.digits())
                .doesNotContain(visitor.formatted())
                .doesNotContain(visitor.digits().substring(2));
        // Left alone (15 s in tests, 5 minutes in production), the screen clears itself.
        assertThat(desk.visitor())
                .hasCount(
                        0,
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(40_000));
        assertThat(desk.helpEnded()).isVisible();
        assertThat(desk.main()).not().containsText("T.P.");
        org.assertj.core.api.Assertions.assertThat(page.url())
                .doesNotContain(visitor.digits().substring(0, 8));
        org.assertj.core.api.Assertions.assertThat(page.title())
                .doesNotContain(visitor.digits().substring(0, 8));
        root.detachAppender(logged);
        java.util.regex.Pattern anyPersonnummer = java.util.regex.Pattern.compile("(19|20)?\\d{6}[-+]?\\d{4}");
        org.assertj.core.api.Assertions.assertThat(logged.list)
                .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains(visitor.digits().substring(2))
                        || m.contains(visitor.formatted().substring(2)));
        org.assertj.core.api.Assertions.assertThat(urls)
                .noneMatch(u -> anyPersonnummer
                                .matcher(java.net.URLDecoder.decode(u, java.nio.charset.StandardCharsets.UTF_8))
                                .find()
                        && u.contains(visitor.digits().substring(2, 8)));
    }

    @Test
    void theVisitorSeesTheAssistanceInTheirLogAndTheCommissioningOfficerFindsIt() throws Exception {
        String type = data.serviceType(Delivery.HOME);
        // Anna Lindqvist (demo account invanare) lives in Fisksätra.
        data.anOffering()
                .ofType(type)
                .by("Loggen " + type)
                .summary("Text.")
                .in("FISKSATRA")
                .create();
        Personnummer anna = Personnummer.parse("19400312-1243");
        residents.residentWithEntitlement(anna, "FISKSATRA", type);

        new LoginPage(page).open(url("/login")).logInAs("servicepunkt", "demo");
        AssistDeskPage desk = new AssistDeskPage(page);
        String typeName = "Testtjänst " + type;
        assertThat(desk.servicePoint()).hasText("Du hjälper besökare på Servicepunkt Orminge centrum.");
        desk.visitorsPersonnummer(anna.formatted());
        desk.because("Besökaren vill byta utförare");
        desk.fetchVisitor();
        assertThat(desk.visitor()).hasText("A.L. 19400312-****");
        desk.pickProvider(typeName, "Loggen " + type);
        desk.visitorConsents(typeName);
        desk.registerChoice(typeName);
        assertThat(desk.registered()).isVisible();

        newSession();
        new LoginPage(page).open(url("/login")).logInAs("invanare", "demo");
        AccessLogPage accessLog = new AccessLogPage(page).open(url("/"));
        assertThat(accessLog.row("Registrerade ett val åt dig på en servicepunkt"))
                .containsText("Personal på servicepunkt");
        assertThat(accessLog.row("Sökte upp dig på en servicepunkt")).containsText("Besökaren vill byta utförare");

        newSession();
        new LoginPage(page).open(url("/login")).logInAs("huvudman", "demo");
        AuditSearchPage search = new AuditSearchPage(page).open(url("/"));
        search.searchFor(anna.formatted(), "Besökaren vill byta utförare");
        assertThat(search.row("servicepunkt")).isVisible();
        // The searched number does not stay in the page: the field is empty, the result names it masked.
        assertThat(search.personnummerField()).hasValue("");
        assertThat(search.text("Sökningen gällde personnummer 19400312-****.")).isVisible();
        String csv = search.downloadCsv();
        org.assertj.core.api.Assertions.assertThat(csv)
                // In words for a log reviewer, never codes.
                .contains("på servicepunkten sökte upp Anna Lindqvist")
                .contains("Besökaren vill byta utförare")
                .doesNotContain("ASSIST_LOOK_UP")
                .doesNotContain("19400312");
    }

    /**
     * The whole desk journey as staff walk it with a visitor, on a desktop and on a phone-width
     * screen: the visitor's own choosing list ranked by their wishes, compare, a provider picked
     * from its card, check your answers, then the status as it is now and the form gone.
     */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void staffChooseWithTheVisitorFromTheirRankedListCheckTheAnswersAndSeeTheStatusNow(int width) {
        String type = data.serviceType(Delivery.HOME);
        String typeName = "Testtjänst " + type;
        String ordinary = "Vanliga " + type;
        String arabic = "Arabisktalande " + type;
        String full = "Fulla " + type;
        String elsewhere = "Borta " + type;
        data.anOffering().ofType(type).by(ordinary).in("BOO").create();
        data.anOffering().ofType(type).by(arabic).speaking("sv", "ar").in("BOO").create();
        data.setCapacity(data.anOffering().ofType(type).by(full).in("BOO").create(), 0);
        data.anOffering()
                .ofType(type)
                .by(elsewhere)
                .speaking("sv", "ar")
                .in("FISKSATRA")
                .create();
        Personnummer visitor = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(visitor, "BOO", type);
        residents.wishLanguages(entitlement, "ar");

        page.setViewportSize(width, 900);
        new LoginPage(page).open(url("/login")).logInAs("servicepunkt", "demo");
        AssistDeskPage desk = new AssistDeskPage(page);
        desk.visitorsPersonnummer(visitor.formatted());
        desk.because("Besökaren ber om hjälp att välja");
        desk.fetchVisitor();
        assertThat(desk.entitlementStatus(typeName))
                .hasText("Väntar på personens val. Personens utförare: Ingen vald ännu");

        // The list is the visitor's own: their area only, the provider speaking their language first.
        desk.openChoosingList(typeName);
        assertThat(desk.cards().first()).containsText(arabic);
        assertThat(desk.cards().first()).containsText("Talar arabiska ✓ · 1 av 1 önskemål");
        assertThat(desk.text("Personens önskemål från samtalet med handläggaren: talar arabiska."))
                .isVisible();
        assertThat(desk.card(full)).containsText("Kan inte väljas. Utföraren har fullt.");
        assertThat(desk.chooseButton(full)).isHidden();
        assertThat(desk.chooseButton(ordinary)).isVisible();
        assertThat(desk.card(elsewhere)).hasCount(0);
        desk.compare(arabic);
        assertThat(desk.compareLink()).containsText("(1)");
        assertNoAccessibilityViolations();
        screenshot("assist-list-walked-at-" + width);

        // Check your answers; "Ändra utförare" goes back to the list. (The first card: Playwright's
        // scrolling inside the virtual list recycles the cards it scrolls to.)
        desk.chooseButton(arabic).click();
        assertThat(desk.checkYourAnswers()).containsText(arabic);
        desk.changeProvider();
        assertThat(desk.checkYourAnswers()).hasCount(0);
        assertThat(desk.cards().first()).containsText(arabic);
        desk.chooseButton(arabic).click();
        assertThat(desk.checkYourAnswers()).containsText("Kontrollera valet med besökaren");
        assertThat(desk.checkYourAnswers()).containsText(arabic);
        assertThat(desk.checkYourAnswers()).containsText("10 timmar per vecka");
        assertThat(desk.checkYourAnswers()).containsText("Utföraren kontaktar personen inom");
        assertThat(desk.checkYourAnswers()).not().containsText(visitor.digits().substring(8));
        assertNoAccessibilityViolations();
        screenshot("assist-check-walked-at-" + width);
        desk.visitorConsents(typeName);
        desk.registerChoice(typeName);

        // The status is the one now; the form is gone and the confirmation has the focus.
        assertThat(desk.confirmation()).containsText("Valet är registrerat");
        assertThat(desk.confirmation()).isFocused();
        assertThat(desk.registered()).containsText(arabic);
        assertThat(desk.entitlementStatus(typeName)).hasText("Personen har valt. Personens utförare: " + arabic);
        assertThat(desk.consent()).hasCount(0);
        assertThat(desk.checkYourAnswers()).hasCount(0);
        assertThat(desk.field("Personnummer eller samordningsnummer")).hasValue("");
        assertNoAccessibilityViolations();
        screenshot("assist-done-walked-at-" + width);
        org.assertj.core.api.Assertions.assertThat(desk.downloadReceiptText())
                .contains(arabic)
                .contains("10 timmar per vecka")
                .contains("Det här händer sedan")
                .contains("Erik Nyström")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }
}

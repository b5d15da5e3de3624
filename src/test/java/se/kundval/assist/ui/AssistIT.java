package se.kundval.assist.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
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
        assertThat(desk.alert()).containsText("samtyckt");
        desk.visitorConsents(typeName);
        desk.registerChoice(typeName);
        assertThat(desk.registered()).containsText("Disken " + type);
        String statusText = desk.registered().innerText();
        String reference = statusText.replaceAll("(?s).*(KV-\\d{4}-[A-Z0-9]{6}).*", "$1");
        org.assertj.core.api.Assertions.assertThat(desk.downloadReceiptText())
                .contains("Disken " + type)
                .contains(reference)
                .contains(visitor.digits().substring(0, 8) + "-****")
                .contains("servicepunkt")
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
                .contains("ASSIST_LOOK_UP")
                .contains("WANTS_TO_CHANGE")
                .doesNotContain("19400312");
    }
}

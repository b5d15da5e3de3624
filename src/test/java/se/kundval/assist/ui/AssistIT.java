package se.kundval.assist.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hjälp en besökare");
        page.getByLabel("Servicepunkt där du är").click();
        page.getByRole(AriaRole.OPTION).first().click();
        page.getByLabel("Personnummer eller samordningsnummer").fill(visitor.formatted());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hämta besökaren"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Välj ett skäl.");
        page.getByLabel("Varför söker du?").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Besökaren ber om hjälp att välja"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hämta besökaren"))
                .click();

        Locator shown = page.locator(".visitor-discreet");
        assertThat(shown).hasText("T.P. " + visitor.digits().substring(0, 8) + "-****");
        assertThat(page.locator("main")).not().containsText("Test Person");
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa namn (30 sekunder)"))
                .click();
        assertThat(shown).containsText("Test Person");

        page.getByLabel("Utförare av Testtjänst " + type).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Disken " + type))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera valet – Testtjänst " + type))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("samtyckt");
        page.getByLabel("Besökaren har samtyckt till det här valet – Testtjänst " + type)
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera valet – Testtjänst " + type))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("är registrerat")))
                .containsText("Disken " + type);
        String statusText = page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("är registrerat"))
                .innerText();
        String reference = statusText.replaceAll("(?s).*(KV-\\d{4}-[A-Z0-9]{6}).*", "$1");
        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv ut kvittot (PDF)"))
                        .click());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                org.apache.pdfbox.Loader.loadPDF(download.path().toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Disken " + type)
                    .contains(reference)
                    .contains(visitor.digits().substring(0, 8) + "-****")
                    .contains("servicepunkt")
                    .doesNotContain(visitor.digits())
                    .doesNotContain(visitor.formatted())
                    .doesNotContain(visitor.digits().substring(2));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Left alone (15 s in tests, 5 minutes in production), the screen clears itself.
        assertThat(page.locator(".visitor-discreet"))
                .hasCount(
                        0,
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(40_000));
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new Locator.FilterOptions().setHasText("Hjälpen är avslutad")))
                .isVisible();
        assertThat(page.locator("main")).not().containsText("T.P.");
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
        page.getByLabel("Servicepunkt där du är").click();
        page.getByRole(AriaRole.OPTION).first().click();
        page.getByLabel("Personnummer eller samordningsnummer").fill(anna.formatted());
        page.getByLabel("Varför söker du?").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Besökaren vill byta utförare"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hämta besökaren"))
                .click();
        assertThat(page.locator(".visitor-discreet")).hasText("A.L. 19400312-****");
        page.getByLabel("Utförare av Testtjänst " + type).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Loggen " + type))
                .click();
        page.getByLabel("Besökaren har samtyckt till det här valet – Testtjänst " + type)
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera valet – Testtjänst " + type))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("är registrerat")))
                .isVisible();

        newSession();
        new LoginPage(page).open(url("/login")).logInAs("invanare", "demo");
        page.navigate(url("/vem-har-tittat"));
        Locator mine = page.locator("table.audit-table tr")
                .filter(new Locator.FilterOptions().setHasText("Registrerade ett val åt dig på en servicepunkt"))
                .first();
        assertThat(mine).containsText("Personal på servicepunkt");
        Locator lookUp = page.locator("table.audit-table tr")
                .filter(new Locator.FilterOptions().setHasText("Sökte upp dig på en servicepunkt"))
                .first();
        assertThat(lookUp).containsText("Besökaren vill byta utförare");

        newSession();
        new LoginPage(page).open(url("/login")).logInAs("huvudman", "demo");
        page.navigate(url("/huvudman/logg"));
        page.getByLabel("Invånarens personnummer").fill(anna.formatted());
        page.getByLabel("Skäl").fill("WANTS_TO_CHANGE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök"))
                .click();
        assertThat(page.locator("table.audit-table tr")
                        .filter(new Locator.FilterOptions().setHasText("servicepunkt"))
                        .first())
                .isVisible();
        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ner som CSV"))
                        .click());
        String csv = java.nio.file.Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(csv)
                .contains("ASSIST_LOOK_UP")
                .contains("WANTS_TO_CHANGE")
                .doesNotContain("19400312");
    }
}

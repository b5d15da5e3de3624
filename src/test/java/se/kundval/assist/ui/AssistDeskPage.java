package se.kundval.assist.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import se.kundval.ui.PortalPage;

/** Page object for the service-point desk, "Hjälp en besökare". */
public class AssistDeskPage extends PortalPage {

    public AssistDeskPage(Page page) {
        super(page);
    }

    /** Where the staff member works, as the page says it (from their account, never chosen here). */
    public Locator servicePoint() {
        return page.locator(".assist-service-point");
    }

    public void visitorsPersonnummer(String personnummer) {
        field("Personnummer eller samordningsnummer").fill(personnummer);
    }

    /** Answers "Varför söker du?" with one of its options. */
    public void because(String reason) {
        field("Varför söker du?").click();
        option(reason).click();
    }

    public void fetchVisitor() {
        button("Hämta besökaren").click();
    }

    /** The error summary. */
    public Locator alert() {
        return page.getByRole(AriaRole.ALERT);
    }

    /** The visitor as shown discreetly (initials and a masked personnummer). */
    public Locator visitor() {
        return page.locator(".visitor-discreet");
    }

    public Locator main() {
        return page.locator("main");
    }

    public void showName() {
        button("Visa namn (30 sekunder)").click();
    }

    /** "Välj utförare med besökaren" for one of the visitor's service types: opens their choosing list. */
    public void openChoosingList(String serviceTypeName) {
        button("Välj utförare med besökaren – " + serviceTypeName).click();
    }

    /** The visible cards of the visitor's choosing list, in the order shown. */
    public Locator cards() {
        // The virtual list keeps recycled item elements hidden in the DOM: count only visible cards.
        return page.locator(".assist-choosing article.offering-card:visible");
    }

    public Locator card(String name) {
        return page.locator(".assist-choosing article.offering-card")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))));
    }

    /** The card's own "Välj …" button, shown only on providers the visitor can choose. */
    public Locator chooseButton(String name) {
        return card(name).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Välj " + name));
    }

    /** Picks the provider for the visitor from their choosing list. */
    public void pickProvider(String serviceTypeName, String providerName) {
        openChoosingList(serviceTypeName);
        chooseButton(providerName).click();
    }

    /** Marks a provider for the comparison. */
    public void compare(String name) {
        card(name)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Jämför"))
                .click();
    }

    /** The link to the comparison (it opens in a tab of its own), with the count in its text. */
    public Locator compareLink() {
        return page.locator(".assist-compare-link");
    }

    /** The check-your-answers step before registering. */
    public Locator checkYourAnswers() {
        return page.locator(".assist-check");
    }

    /** "Ändra utförare" in the check-your-answers step: back to the list. */
    public void changeProvider() {
        button("Ändra utförare").click();
    }

    /** The confirmation after registering, which takes the focus. */
    public Locator confirmation() {
        return page.locator(".assist-confirmation");
    }

    /** What the desk says about one of the visitor's service types (status and current provider). */
    public Locator entitlementStatus(String serviceTypeName) {
        return page.locator(".visitor-entitlement")
                .filter(new Locator.FilterOptions().setHasText(serviceTypeName))
                .locator(".visitor-entitlement-status");
    }

    public Locator consent() {
        return page.locator(".assist-consent");
    }

    public void visitorConsents(String serviceTypeName) {
        field("Besökaren har samtyckt till det här valet – " + serviceTypeName).check();
    }

    public void registerChoice(String serviceTypeName) {
        button("Registrera valet – " + serviceTypeName).click();
    }

    /** "Valet … är registrerat", with the reference number. */
    public Locator registered() {
        return status("är registrerat");
    }

    /** Said when the screen has cleared itself after being left alone. */
    public Locator helpEnded() {
        return status("Hjälpen är avslutad");
    }

    /** Downloads the printable receipt and returns its text. */
    public String downloadReceiptText() {
        Download download =
                page.waitForDownload(() -> link("Skriv ut kvittot (PDF)").click());
        try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Locator option(String name) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name));
    }
}

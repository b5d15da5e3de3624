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

    /** Picks the provider for one of the visitor's service types. */
    public void pickProvider(String serviceTypeName, String providerName) {
        field("Utförare av " + serviceTypeName).click();
        option(providerName).click();
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

package se.kundval.audit.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the commissioning officers' log follow-up (who looked at a resident's data). */
public class AuditSearchPage extends PortalPage {

    public AuditSearchPage(Page page) {
        super(page);
    }

    public AuditSearchPage open(String baseUrl) {
        page.navigate(baseUrl + "huvudman/logg");
        return this;
    }

    public void searchFor(String personnummer) {
        field("Invånarens personnummer").fill(personnummer);
        searchButton().click();
    }

    /** Searches for a resident's personnummer and one of the reasons in the list (its words). */
    public void searchFor(String personnummer, String reason) {
        field("Invånarens personnummer").fill(personnummer);
        field("Skäl").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(reason))
                .click();
        searchButton().click();
    }

    /** "Sök", exactly: a chosen reason ("Besökaren …") also contains the word. */
    private Locator searchButton() {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true));
    }

    /** Opens the reason list and returns its options. */
    public Locator reasonOptions() {
        field("Skäl").click();
        return page.getByRole(AriaRole.OPTION);
    }

    /** The result table. */
    public Locator table() {
        return page.locator("table.audit-table");
    }

    /** The personnummer field, which is emptied after every search. */
    public Locator personnummerField() {
        return field("Invånarens personnummer");
    }

    /** The first row that mentions this text. */
    public Locator row(String containing) {
        return page.locator("table.audit-table tr")
                .filter(new Locator.FilterOptions().setHasText(containing))
                .first();
    }

    /** The first row that mentions both texts. */
    public Locator row(String containing, String alsoContaining) {
        return page.locator("table.audit-table")
                .locator("tr")
                .filter(new Locator.FilterOptions().setHasText(containing))
                .filter(new Locator.FilterOptions().setHasText(alsoContaining))
                .first();
    }

    /** Downloads the result as CSV and returns its text. */
    public String downloadCsv() {
        Download download = page.waitForDownload(() -> link("Ladda ner som CSV").click());
        try {
            return Files.readString(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

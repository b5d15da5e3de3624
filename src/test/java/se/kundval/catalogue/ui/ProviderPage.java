package se.kundval.catalogue.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for a provider's page (one offering): facts, quality figures, error reports. */
public class ProviderPage extends PortalPage {

    public ProviderPage(Page page) {
        super(page);
    }

    /** Opens the page of the offering with this code; returns the HTTP answer (404 when gone). */
    public Response open(String baseUrl, String offeringCode) {
        return page.navigate(baseUrl + "utforare/" + offeringCode);
    }

    /** The quality figures' table. */
    public Locator indicators() {
        return page.getByRole(AriaRole.TABLE);
    }

    /** A quality figure's value shown anywhere on the page. */
    public Locator indicatorValue(String value) {
        return page.getByText(value, new Page.GetByTextOptions().setExact(false))
                .first();
    }

    public Locator main() {
        return page.locator("main");
    }

    /** The warning that the provider has not confirmed its details for a long time. */
    public Locator outdatedWarning() {
        return page.getByText("Uppgifterna kan vara inaktuella", new Page.GetByTextOptions().setExact(false));
    }

    /** The read-aloud button. */
    public Locator listenButton() {
        return button("Lyssna");
    }

    public void addToComparison() {
        button("Lägg till i jämförelsen").click();
    }

    /** Reports an error in the provider's details and sends it. */
    public void reportError(String whatIsWrong) {
        page.getByText("Rapportera fel i uppgifterna").click();
        page.getByLabel("Vad är fel?").fill(whatIsWrong);
        button("Skicka").click();
    }

    public Locator thanksForTheReport() {
        return page.getByText("Tack! Kommunen har fått ditt meddelande.");
    }

    /** Said to English visitors when the provider has written in Swedish only. */
    public Locator onlyInSwedishNote() {
        return page.getByText("This text is only available in Swedish.");
    }
}

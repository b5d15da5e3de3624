package se.kundval.choice.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import se.kundval.ui.PortalPage;

/** Page object for "Bekräfta ditt val": what happens next, then the button that makes the choice. */
public class ConfirmChoicePage extends PortalPage {

    public ConfirmChoicePage(Page page) {
        super(page);
    }

    /** Opens the confirmation of choosing this offering for this entitlement. */
    public ConfirmChoicePage open(String baseUrl, long entitlement, String offeringCode) {
        page.navigate(baseUrl + "valj/" + entitlement + "/" + offeringCode);
        return this;
    }

    public Locator confirmButton() {
        return button("Bekräfta valet");
    }

    public void confirm() {
        confirmButton().click();
    }

    /** A part of the explanation (how soon the provider calls, the municipality's default rule). */
    public Locator explains(String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(false));
    }

    /** Shown when the page is opened for something the resident may not choose. */
    public Locator notFound() {
        return text("Vi hittar inte det du vill välja");
    }
}

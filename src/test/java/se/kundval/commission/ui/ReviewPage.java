package se.kundval.commission.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the review of one application: correct, approve, reject, ask for more. */
public class ReviewPage extends PortalPage {

    public ReviewPage(Page page) {
        super(page);
    }

    /** Corrects the contact person's e-mail address and saves the correction. */
    public void correctContactEmail(String email) {
        field("E-post till kontaktperson").fill(email);
        button("Spara rättelsen").click();
    }

    public void approve() {
        button("Godkänn").click();
    }

    /** Presses "Avslå", with the reason written first unless it is empty. */
    public void reject(String reason) {
        if (!reason.isEmpty()) {
            field("Skäl till avslag (skickas till utföraren)").fill(reason);
        }
        button("Avslå").click();
    }

    public void requestCompletion(String whatIsMissing) {
        field("Vad behöver utföraren komplettera?").fill(whatIsMissing);
        button("Begär komplettering").click();
    }

    /** The error summary. */
    public Locator alert() {
        return page.getByRole(AriaRole.ALERT);
    }
}

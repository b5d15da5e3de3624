package se.kundval.commission.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the oversight of accreditations: suspend, revoke, lift. */
public class OversightPage extends PortalPage {

    public OversightPage(Page page) {
        super(page);
    }

    public OversightPage open(String baseUrl) {
        page.navigate(baseUrl + "huvudman/auktorisationer");
        return this;
    }

    /** Suspends the first accreditation whose provider matches the typed name. */
    public void suspend(String providerName, String reason) {
        field("Välj utförare och tjänst").fill(providerName);
        page.getByRole(AriaRole.OPTION).first().click();
        field("Skäl (skickas till utföraren)").fill(reason);
        button("Stäng av").click();
    }
}

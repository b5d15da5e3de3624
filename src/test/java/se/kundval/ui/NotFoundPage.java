package se.kundval.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page object for the friendly "Sidan finns inte" page. */
public class NotFoundPage extends PortalPage {

    public NotFoundPage(Page page) {
        super(page);
    }

    public Locator startPageLink() {
        return link("Gå till startsidan");
    }
}

package se.kundval.notification.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for "Meddelanden" (residents) and "Inkorg" (providers): one article per message. */
public class MessagesPage extends PortalPage {

    public MessagesPage(Page page) {
        super(page);
    }

    /** The message that mentions this text. */
    public Locator message(String containing) {
        return page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(containing));
    }
}

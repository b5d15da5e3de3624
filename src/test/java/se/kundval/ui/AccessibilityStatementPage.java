package se.kundval.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page object for "Tillgänglighet för Kundval", with its anonymous feedback form. */
public class AccessibilityStatementPage extends PortalPage {

    public AccessibilityStatementPage(Page page) {
        super(page);
    }

    /** Follows the footer's link from any page. */
    public AccessibilityStatementPage openFromFooter() {
        link("Tillgänglighetsredogörelse").click();
        return this;
    }

    /** The link to the supervisory authority (Digg). */
    public Locator supervisionLink() {
        return link(Pattern.compile("Digg"));
    }

    public void send(String message) {
        if (!message.isEmpty()) {
            field("Ditt meddelande").fill(message);
        }
        button("Skicka").click();
    }

    public Locator messageRequired() {
        return text("Skriv ett meddelande.");
    }

    public Locator thanks() {
        return text("Tack! Vi har tagit emot ditt meddelande.");
    }
}

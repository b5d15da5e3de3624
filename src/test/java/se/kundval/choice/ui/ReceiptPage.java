package se.kundval.choice.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import se.kundval.ui.PortalPage;

/** Page object for the receipt after a choice: "Klart! Du har valt …" with the reference number. */
public class ReceiptPage extends PortalPage {

    private static final String REFERENCE = "KV-\\d{4}-[A-Z0-9]{6}";

    public ReceiptPage(Page page) {
        super(page);
    }

    public Locator reference() {
        return page.locator(".receipt-reference");
    }

    /** The reference number alone, e.g. KV-2026-AB12CD. */
    public String referenceNumber() {
        return reference()
                .innerText()
                .replaceAll(".*(" + REFERENCE + ").*", "$1")
                .trim();
    }

    public void backToMyChoices() {
        link("Till Mina val").click();
    }
}

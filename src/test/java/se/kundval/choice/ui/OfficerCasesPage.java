package se.kundval.choice.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import se.kundval.ui.PortalPage;

/** Page object for the case officer's "Mina ärenden": a grid of the residents' entitlements. */
public class OfficerCasesPage extends PortalPage {

    public OfficerCasesPage(Page page) {
        super(page);
    }

    /**
     * The grid's cells holding this text. Grid cells are slotted into the rows' shadow DOM, so a
     * row is read through its cells.
     */
    public Locator cells(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }
}

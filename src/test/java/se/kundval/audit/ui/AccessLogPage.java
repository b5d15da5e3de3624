package se.kundval.audit.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import se.kundval.ui.PortalPage;

/** Page object for the resident's "Vem har tittat på mina uppgifter?". */
public class AccessLogPage extends PortalPage {

    public AccessLogPage(Page page) {
        super(page);
    }

    public AccessLogPage open(String baseUrl) {
        page.navigate(baseUrl + "vem-har-tittat");
        return this;
    }

    public Locator table() {
        return page.locator("table.audit-table");
    }

    /** The first row that mentions this text (e.g. "Sökte upp dig"). */
    public Locator row(String containing) {
        return table().locator("tr")
                .filter(new Locator.FilterOptions().setHasText(containing))
                .first();
    }
}

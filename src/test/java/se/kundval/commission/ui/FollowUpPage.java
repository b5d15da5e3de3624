package se.kundval.commission.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the follow-up dashboard: key figures, market shares, charts with tables. */
public class FollowUpPage extends PortalPage {

    public FollowUpPage(Page page) {
        super(page);
    }

    public FollowUpPage open(String baseUrl) {
        page.navigate(baseUrl + "huvudman/uppfoljning");
        return this;
    }

    /** Shows the figures of one service type (they change as soon as it is chosen). */
    public void show(String serviceTypeName) {
        page.getByLabel("Tjänst", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(serviceTypeName))
                .click();
    }

    /** The heading of the key figures, which names the service type shown. */
    public Locator figuresHeading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Nyckeltal: ")));
    }

    /** The value of a key figure, by its label. */
    public Locator keyFigure(String label) {
        return page.locator("dl.key-figures").locator("dt:has-text('" + label + "') + dd");
    }

    /** The provider's row in the market-share table. */
    public Locator marketShare(String providerName) {
        return page.locator("table.market-table")
                .locator("tr")
                .filter(new Locator.FilterOptions().setHasText(providerName));
    }

    public Locator barChart() {
        return page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Stapeldiagram")));
    }
}

package se.kundval.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the public start page. */
public class StartPage extends PortalPage {

    public StartPage(Page page) {
        super(page);
    }

    public StartPage open(String url) {
        page.navigate(url);
        assertThat(heading()).isVisible();
        return this;
    }

    /** The card of a service type, found by its visible name. */
    public Locator serviceType(String name) {
        return page.getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(name)
                                        .setExact(true)
                                        .setLevel(3))));
    }

    public Locator languageSwitch(String visibleText) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(visibleText));
    }

    /** The link that lets keyboard users jump past the header. */
    public Locator skipLink() {
        return link("Hoppa till innehållet");
    }

    /** A heading on the page (e.g. "Så går det till"). */
    public Locator sectionHeading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    /** The html element, whose lang attribute tells screen readers the page's language. */
    public Locator document() {
        return page.locator("html");
    }

    public Locator main() {
        return page.getByRole(AriaRole.MAIN);
    }
}

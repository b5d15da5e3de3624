package se.kundval.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page object for the public start page. */
public class StartPage {

    private final Page page;

    public StartPage(Page page) {
        this.page = page;
    }

    public StartPage open(String url) {
        page.navigate(url);
        assertThat(heading()).isVisible();
        return this;
    }

    public Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
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

    public Locator loginLink() {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in").setExact(true));
    }

    public Locator main() {
        return page.getByRole(AriaRole.MAIN);
    }
}

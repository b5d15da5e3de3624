package se.kundval.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page object for the result list of one service type. */
public class ResultListPage {

    private final Page page;

    public ResultListPage(Page page) {
        this.page = page;
    }

    public ResultListPage open(String url) {
        page.navigate(url);
        assertThat(heading()).isVisible();
        return this;
    }

    public Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    public Locator resultCount() {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("passar"));
    }

    public Locator card(String name) {
        return page.locator("article.offering-card")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))));
    }

    public Locator cards() {
        // The virtual list keeps recycled item elements hidden in the DOM: count only visible cards.
        return page.locator("article.offering-card:visible");
    }

    public void search(String text) {
        Locator field = page.getByLabel("Sök bland utförarna");
        field.fill(text);
        field.press("Enter");
    }

    public Locator checkbox(String startOfLabel) {
        // Playwright hands the pattern to JavaScript, which has no \Q...\E quoting: escape by hand.
        String escaped = startOfLabel.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        return page.getByRole(
                AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^" + escaped)));
    }

    public void compare(String name) {
        card(name)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Jämför"))
                .click();
    }
}

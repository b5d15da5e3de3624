package se.kundval.catalogue.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the result list of one service type. */
public class ResultListPage extends PortalPage {

    public ResultListPage(Page page) {
        super(page);
    }

    public ResultListPage open(String url) {
        page.navigate(url);
        assertThat(heading()).isVisible();
        return this;
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
        return page.locator("article.offering-card:visible");
    }

    /** "Filtrera (n)": opens the filters on a narrow screen. */
    public Locator filterToggle() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Filtrera")));
    }

    /** The filter panel (a region named "Filtrera"). */
    public Locator filters() {
        return page.locator("section.filters");
    }

    /** "Visa N utförare" at the end of the filters: back to the results. */
    public Locator showResults() {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Visa \\d+ utförare")));
    }

    /** "Visa fler (n till)" under the cards. */
    public Locator showMore() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Visa fler")));
    }

    /** The sticky bar that links to the comparison ("Visa jämförelsen (n)"). */
    public Locator compareBar() {
        return page.locator(".compare-bar");
    }

    /** The card's "Jämför" toggle, named after the provider. */
    public Locator compareButton(String name) {
        return card(name).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Jämför " + name));
    }

    /** "N utförare passar": the live count of the list. */
    public Locator matches() {
        return status();
    }

    /** The note on how the list is ordered (e.g. "slumpvis ordning"). */
    public Locator orderNote(Pattern text) {
        return page.getByText(text);
    }

    public Locator searchField() {
        return page.getByLabel("Sök bland utförarna");
    }

    public void search(String text) {
        Locator field = searchField();
        field.fill(text);
        field.press("Enter");
    }

    public Locator checkbox(String startOfLabel) {
        // Playwright hands the pattern to JavaScript, which has no \Q...\E quoting: escape by hand.
        String escaped = startOfLabel.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^" + escaped)));
    }

    /** A filter checkbox by its exact accessible name, counts included (e.g. "Arabic, 1 provider"). */
    public Locator filter(String name) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name));
    }

    /** The card's "Välj …" link, shown when a resident chooses for an entitlement. */
    public Locator chooseLink(String name) {
        return card(name).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Välj " + name));
    }

    /** Chooses the first card's provider, whose name starts with this text (letters and spaces only). */
    public void chooseFirst(String providerNameStart) {
        cards().first()
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("^Välj " + providerNameStart)))
                .click();
    }

    /** The header's link to the comparison, showing how many are picked ("Jämför (2)"). */
    public Locator compareLink(int count) {
        return link("Jämför (" + count + ")");
    }

    /** Presses "Jämför" on the first card. */
    public void compareFirst() {
        cards().first()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Jämför ")))
                .click();
    }

    public void compare(String name) {
        compareButton(name).click();
    }
}

package se.kundval.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

/**
 * What every page of the portal has, in the words a visitor would use: the page's heading, the
 * main menu, who is logged in, the language switch, the live status and error messages. Page
 * objects extend it, so a test reads "messages.heading()" whatever page it is on.
 */
public class PortalPage {

    protected final Page page;

    public PortalPage(Page page) {
        this.page = page;
    }

    /** The page's one level-1 heading. */
    public Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** Any heading whose text contains this name, at any level. */
    public Locator headingNamed(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    /** The login page's heading: where a visitor without the right login ends up. */
    public Locator loginHeading() {
        return page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Logga in").setLevel(1));
    }

    /** A link of the main menu ("Huvudmeny"); each role sees only its own. */
    public Locator menuLink(String menuItem) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(menuItem));
    }

    /** Follows a link of the main menu, as a visitor would. */
    public void goTo(String menuItem) {
        menuLink(menuItem).click();
    }

    /** A link anywhere on the page, by its accessible name. */
    public Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    public Locator link(Pattern name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    /** A button anywhere on the page, by its accessible name. */
    public Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    /** A field by its label. */
    public Locator field(String label) {
        return page.getByLabel(label);
    }

    /** A section of the page (role="region") by its heading. */
    public Locator section(String name) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name));
    }

    /** A text shown anywhere on the page. */
    public Locator text(String text) {
        return page.getByText(text);
    }

    /** "Inloggad som …" in the header: shown once a login has gone through. */
    public Locator loggedInAs() {
        return page.getByText("Inloggad som");
    }

    public void logOut() {
        button("Logga ut").click();
    }

    /** The header's "Logga in" link, shown to visitors who are not logged in. */
    public Locator loginLink() {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in").setExact(true));
    }

    /** Every live status message (role="status"). */
    public Locator status() {
        return page.getByRole(AriaRole.STATUS);
    }

    /** The live status message containing this text. */
    public Locator status(String containing) {
        return status().filter(new Locator.FilterOptions().setHasText(containing));
    }

    /** The error summary (role="alert") containing this text. */
    public Locator alert(String containing) {
        return page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText(containing));
    }

    /** The demo-mode banner that every page carries. */
    public Locator demoBanner() {
        return page.getByText("Demoläge: alla personer och uppgifter är påhittade.");
    }

    /** Chooses English for the next pages, as the language switch's cookie does. */
    public void preferEnglish() {
        page.context()
                .addCookies(List.of(
                        new Cookie("kundval-lang", "en").setDomain("localhost").setPath("/")));
    }

    /** The page's width in CSS pixels: more than the window means sideways scrolling. */
    public int contentWidth() {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    /** Waits until the page shows its heading. */
    protected void awaitHeading() {
        assertThat(heading()).isVisible();
    }
}

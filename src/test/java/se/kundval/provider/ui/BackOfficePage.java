package se.kundval.provider.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the provider's back office, "Kontor": accreditations, applications, listings, customers. */
public class BackOfficePage extends PortalPage {

    public BackOfficePage(Page page) {
        super(page);
    }

    /** Opens "Kontor" from the main menu. */
    public BackOfficePage openFromMenu() {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Kontor").setExact(true))
                .click();
        return this;
    }

    public Locator accreditations() {
        return section("Auktorisationer");
    }

    /** Starts an application for the service type. */
    public void applyFor(String serviceTypeName) {
        field("Tjänst att ansöka för").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(serviceTypeName))
                .click();
        button("Börja ansökan").click();
    }

    /** The application's line in the list, by service type. */
    public Locator application(String serviceTypeName) {
        return page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(serviceTypeName));
    }

    public void openApplication(String serviceTypeName) {
        link("Öppna ansökan om " + serviceTypeName).click();
    }

    public Locator draftNote() {
        return text("Utkast – inte inskickad");
    }

    /** Opens the editor of a listing, named "service type – unit". */
    public void editListing(String name) {
        link("Redigera " + name).click();
    }

    /** "N nya kunder väntar" on the start of the back office. */
    public Locator customersWaiting() {
        return page.getByText(Pattern.compile("nya? kunder? väntar"));
    }

    public void showCustomers() {
        link("Visa kunder").click();
    }

    public Locator main() {
        return page.locator("main");
    }

    /** The headings of the page's sections, top to bottom. */
    public Locator sectionHeadings() {
        return page.locator("main section > h2");
    }
}

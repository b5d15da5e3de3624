package se.kundval.choice.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the provider's "Nya kunder": one section per customer, known by reference only. */
public class CustomersPage extends PortalPage {

    public CustomersPage(Page page) {
        super(page);
    }

    public Locator customer(String reference) {
        return page.locator("section.customer").filter(new Locator.FilterOptions().setHasText(reference));
    }

    public void confirm(String reference) {
        customer(reference)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekräfta kund"))
                .click();
    }

    public Locator confirmed() {
        return status("Kunden är bekräftad");
    }
}

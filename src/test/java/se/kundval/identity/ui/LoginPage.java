package se.kundval.identity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for the demo-mode login page. */
public class LoginPage extends PortalPage {

    public LoginPage(Page page) {
        super(page);
    }

    public LoginPage open(String url) {
        page.navigate(url);
        assertThat(loginHeading()).isVisible();
        return this;
    }

    public void logInAs(String username, String password) {
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
    }

    /** Logs in with a demo account (password "demo") and waits until the header says who is logged in. */
    public void logInAsDemoUser(String username) {
        logInAs(username, "demo");
        assertThat(loggedInAs()).isVisible();
    }

    public Locator errorMessage() {
        return page.getByText("Fel användarnamn eller lösenord");
    }

    public Locator demoAccounts() {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Demokonton"));
    }
}

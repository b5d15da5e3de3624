package se.kundval.identity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page object for the demo-mode login page. */
public class LoginPage {

    private final Page page;

    public LoginPage(Page page) {
        this.page = page;
    }

    public LoginPage open(String url) {
        page.navigate(url);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Logga in").setLevel(1)))
                .isVisible();
        return this;
    }

    public void logInAs(String username, String password) {
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
    }

    public Locator errorMessage() {
        return page.getByText("Fel användarnamn eller lösenord");
    }

    public Locator demoAccounts() {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Demokonton"));
    }
}

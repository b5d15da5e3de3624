package se.kundval.identity.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import se.kundval.ui.PortalPage;

/**
 * Page object for Keycloak's own login page (not the portal's): its form fields have no labels
 * we control, so they are found by Keycloak's ids.
 */
public class KeycloakLoginPage extends PortalPage {

    public KeycloakLoginPage(Page page) {
        super(page);
    }

    /** Keycloak's "Sign in" button: visible while Keycloak asks for the password. */
    public Locator signInButton() {
        return page.locator("#kc-login");
    }

    public void signIn(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        signInButton().click();
    }

    /** Keycloak's message for a wrong username or password. */
    public Locator credentialsError() {
        return page.locator("#input-error-username");
    }
}

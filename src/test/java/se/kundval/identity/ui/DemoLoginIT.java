package se.kundval.identity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import se.kundval.ui.BrowserTest;
import se.kundval.ui.PortalPage;

/** Demo mode: the built-in accounts are listed and work, a wrong password gets a clear message. */
class DemoLoginIT extends BrowserTest {

    @Test
    void listsTheDemoAccountsAndLogsInAndOut() {
        LoginPage login = new LoginPage(page).open(url("/login"));
        assertThat(login.demoAccounts()).containsText("invanare");
        assertThat(login.demoAccounts()).containsText("huvudman");
        assertNoAccessibilityViolations();

        login.logInAs("invanare", "demo");

        assertThat(login.text("Inloggad som Anna Lindqvist")).isVisible();
        login.logOut();
        assertThat(login.loginLink()).isVisible();
    }

    @Test
    void aWrongPasswordGetsAClearMessage() {
        LoginPage login = new LoginPage(page).open(url("/login"));

        login.logInAs("invanare", "fel-lösenord");

        assertThat(login.errorMessage()).isVisible();
        assertThat(login.loggedInAs()).hasCount(0);
    }

    @Test
    void theDemoBannerIsOnEveryPage() {
        PortalPage anyPage = new PortalPage(page);
        page.navigate(url("/"));
        assertThat(anyPage.demoBanner()).isVisible();
        page.navigate(url("/login"));
        assertThat(anyPage.demoBanner()).isVisible();
    }
}

package se.kundval.identity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.kundval.ui.BrowserTest;

/** Demo mode: the built-in accounts are listed and work, a wrong password gets a clear message. */
class DemoLoginIT extends BrowserTest {

    @Test
    void listsTheDemoAccountsAndLogsInAndOut() {
        LoginPage login = new LoginPage(page).open(url("/login"));
        assertThat(login.demoAccounts()).containsText("invanare");
        assertThat(login.demoAccounts()).containsText("huvudman");
        assertNoAccessibilityViolations();

        login.logInAs("invanare", "demo");

        assertThat(page.getByText("Inloggad som Anna Lindqvist")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Logga in").setExact(true)))
                .isVisible();
    }

    @Test
    void aWrongPasswordGetsAClearMessage() {
        LoginPage login = new LoginPage(page).open(url("/login"));

        login.logInAs("invanare", "fel-lösenord");

        assertThat(login.errorMessage()).isVisible();
        assertThat(page.getByText("Inloggad som")).hasCount(0);
    }

    @Test
    void theDemoBannerIsOnEveryPage() {
        page.navigate(url("/"));
        assertThat(page.getByText("Demoläge: alla personer och uppgifter är påhittade."))
                .isVisible();
        page.navigate(url("/login"));
        assertThat(page.getByText("Demoläge: alla personer och uppgifter är påhittade."))
                .isVisible();
    }
}

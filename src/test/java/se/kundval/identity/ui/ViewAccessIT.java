package se.kundval.identity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.kundval.ui.BrowserTest;

/** Deny by default: a view without an access annotation is unreachable; roles decide the rest. */
class ViewAccessIT extends BrowserTest {

    @Test
    void aViewWithoutAnnotationIsUnreachableEvenWhenLoggedIn() {
        page.navigate(url("/test-probe/unannotated"));
        assertThat(page.getByText("Probe content without annotation")).hasCount(0);

        new LoginPage(page).open(url("/login")).logInAs("huvudman", "demo");
        assertThat(page.getByText("Inloggad som")).isVisible();
        page.navigate(url("/test-probe/unannotated"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
        assertThat(page.getByText("Probe content without annotation")).hasCount(0);
    }

    @Test
    void anonymousVisitorsOfAProtectedViewAreAskedToLogIn() {
        page.navigate(url("/test-probe/huvudman"));

        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Logga in").setLevel(1)))
                .isVisible();
        assertThat(page.getByText("Probe content for huvudman")).hasCount(0);
    }

    @Test
    void onlyTheRightRoleSeesAProtectedView() {
        new LoginPage(page).open(url("/login")).logInAs("invanare", "demo");
        assertThat(page.getByText("Inloggad som")).isVisible();
        page.navigate(url("/test-probe/huvudman"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
        assertThat(page.getByText("Probe content for huvudman")).hasCount(0);

        page.context().clearCookies();
        new LoginPage(page).open(url("/login")).logInAs("huvudman", "demo");
        assertThat(page.getByText("Inloggad som")).isVisible();
        page.navigate(url("/test-probe/huvudman"));
        assertThat(page.getByText("Probe content for huvudman")).isVisible();
    }
}

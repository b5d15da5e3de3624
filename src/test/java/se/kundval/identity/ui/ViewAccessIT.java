package se.kundval.identity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import se.kundval.ui.BrowserTest;
import se.kundval.ui.PortalPage;

/** Deny by default: a view without an access annotation is unreachable; roles decide the rest. */
class ViewAccessIT extends BrowserTest {

    @Test
    void aViewWithoutAnnotationIsUnreachableEvenWhenLoggedIn() {
        PortalPage probe = new PortalPage(page);
        page.navigate(url("/test-probe/unannotated"));
        assertThat(probe.text("Probe content without annotation")).hasCount(0);

        new LoginPage(page).open(url("/login")).logInAsDemoUser("huvudman");
        page.navigate(url("/test-probe/unannotated"));

        assertThat(probe.heading()).isVisible();
        assertThat(probe.text("Probe content without annotation")).hasCount(0);
    }

    @Test
    void anonymousVisitorsOfAProtectedViewAreAskedToLogIn() {
        PortalPage probe = new PortalPage(page);
        page.navigate(url("/test-probe/huvudman"));

        assertThat(probe.loginHeading()).isVisible();
        assertThat(probe.text("Probe content for huvudman")).hasCount(0);
    }

    @Test
    void onlyTheRightRoleSeesAProtectedView() {
        PortalPage probe = new PortalPage(page);
        new LoginPage(page).open(url("/login")).logInAsDemoUser("invanare");
        page.navigate(url("/test-probe/huvudman"));
        assertThat(probe.heading()).isVisible();
        assertThat(probe.text("Probe content for huvudman")).hasCount(0);

        page.context().clearCookies();
        new LoginPage(page).open(url("/login")).logInAsDemoUser("huvudman");
        page.navigate(url("/test-probe/huvudman"));
        assertThat(probe.text("Probe content for huvudman")).isVisible();
    }
}

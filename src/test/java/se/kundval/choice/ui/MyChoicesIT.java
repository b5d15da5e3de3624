package se.kundval.choice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.kundval.identity.ui.LoginPage;
import se.kundval.ui.BrowserTest;

/** "Mina val": a resident sees their own entitlements; nobody else reaches the page. */
class MyChoicesIT extends BrowserTest {

    @Test
    void aResidentSeesTheirEntitlementAndCanGoChoose() {
        new LoginPage(page).open(url("/login")).logInAs("invanare", "demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mina val"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mina val");
        var entitlement = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Hemtjänst"));
        assertThat(entitlement).containsText("24 timmar per månad");
        assertThat(entitlement).containsText("Välj senast");
        assertThat(page).hasTitle(Pattern.compile("^Mina val"));
        org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContainPattern("\\d{6}-?\\d{4}");
        assertNoAccessibilityViolations();

        entitlement
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(Pattern.compile("Välj utförare|Byt utförare")))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Välj utförare av hemtjänst");
    }

    @Test
    void onlyResidentsReachMinaVal() {
        page.navigate(url("/mina-val"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Logga in").setLevel(1)))
                .isVisible();

        new LoginPage(page).open(url("/login")).logInAs("handlaggare", "demo");
        assertThat(page.getByText("Inloggad som")).isVisible();
        page.navigate(url("/mina-val"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mina val")))
                .hasCount(0);
    }
}

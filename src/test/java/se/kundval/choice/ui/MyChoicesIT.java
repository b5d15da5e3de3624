package se.kundval.choice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import se.kundval.catalogue.ui.ResultListPage;
import se.kundval.identity.ui.LoginPage;
import se.kundval.ui.BrowserTest;

/** "Mina val": a resident sees their own entitlements; nobody else reaches the page. */
class MyChoicesIT extends BrowserTest {

    @Test
    void aResidentSeesTheirEntitlementAndCanGoChoose() {
        new LoginPage(page).open(url("/login")).logInAs("invanare", "demo");
        MyChoicesPage myChoices = new MyChoicesPage(page).openFromMenu();

        assertThat(myChoices.heading()).hasText("Mina val");
        Locator entitlement = myChoices.entitlement("Hemtjänst");
        assertThat(entitlement).containsText("24 timmar per månad");
        assertThat(entitlement).containsText("Välj senast");
        assertThat(page).hasTitle(Pattern.compile("^Mina val"));
        org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContainPattern("\\d{6}-?\\d{4}");
        assertNoAccessibilityViolations();

        myChoices.chooseOrChange("Hemtjänst");
        assertThat(on(ResultListPage::new).heading()).hasText("Välj utförare av hemtjänst");
    }

    @Test
    void aResidentDownloadsTheirRegisterExtractFromMinaVal() {
        new LoginPage(page).open(url("/login")).logInAs("invanare", "demo");
        MyChoicesPage myChoices = new MyChoicesPage(page).openFromMenu();
        assertThat(myChoices.heading()).hasText("Mina val");

        String extract = myChoices.downloadRegisterExtractText();

        org.assertj.core.api.Assertions.assertThat(extract)
                .contains("Registerutdrag från Kundval", "Dina uppgifter", "Anna Lindqvist", "19400312-****")
                .contains("Beslut som ger dig rätt att välja", "Hemtjänst", "Vem har tittat på dina uppgifter")
                .doesNotContain("Jonas Berglund", "19400312-1243", "194003121243");
    }

    @Test
    void onlyResidentsReachMinaVal() {
        MyChoicesPage myChoices = new MyChoicesPage(page);
        page.navigate(url("/mina-val"));
        assertThat(myChoices.loginHeading()).isVisible();

        new LoginPage(page).open(url("/login")).logInAsDemoUser("handlaggare");
        page.navigate(url("/mina-val"));
        assertThat(myChoices.heading()).isVisible();
        assertThat(myChoices.headingNamed("Mina val")).hasCount(0);
    }
}

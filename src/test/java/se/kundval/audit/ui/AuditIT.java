package se.kundval.audit.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.kundval.choice.ui.ConversationFormPage;
import se.kundval.identity.ui.LoginPage;
import se.kundval.ui.BrowserTest;

/**
 * The audit trail seen from both sides in Chromium: a case officer looks a resident up; the
 * resident sees it under "Vem har tittat på mina uppgifter"; a commissioning officer finds it in
 * the log follow-up and downloads it as CSV (without any personnummer in it).
 */
class AuditIT extends BrowserTest {

    private void logIn(String user) {
        newSession();
        new LoginPage(page).open(url("/login")).logInAs(user, "demo");
        assertThat(page.getByText("Inloggad som")).isVisible();
    }

    @Test
    void aLookUpIsSeenByTheResidentAndFoundByTheCommissioningOfficer() throws Exception {
        logIn("handlaggare");
        ConversationFormPage form = new ConversationFormPage(page).openFromMenu();
        form.lookUp("19400312-1243");
        assertThat(form.lookupResult()).containsText("Personen finns redan");

        logIn("invanare");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mina val"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vem har tittat på mina uppgifter?"))
                .click();
        Locator table = page.locator("table.audit-table");
        assertThat(table.locator("tr")
                        .filter(new Locator.FilterOptions().setHasText("Sökte upp dig"))
                        .first())
                .containsText("Handläggare");
        assertThat(table).not().containsText("handlaggare");
        assertNoAccessibilityViolations();

        logIn("huvudman");
        page.navigate(url("/huvudman/logg"));
        page.getByLabel("Invånarens personnummer").fill("19400312-1243");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök"))
                .click();
        Locator found = page.locator("table.audit-table");
        assertThat(found.locator("tr")
                        .filter(new Locator.FilterOptions().setHasText("Sökte upp dig"))
                        .filter(new Locator.FilterOptions().setHasText("handlaggare"))
                        .first())
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("19400312");
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ner som CSV"))
                        .click());
        String csv = Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(csv)
                .contains("LOOK_UP_RESIDENT")
                .contains("handlaggare")
                .doesNotContain("19400312")
                .doesNotContain("400312-1243");
        assertNoAccessibilityViolations();
    }
}

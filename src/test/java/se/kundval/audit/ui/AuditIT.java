package se.kundval.audit.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import se.kundval.choice.ui.ConversationFormPage;
import se.kundval.choice.ui.MyChoicesPage;
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
        new LoginPage(page).open(url("/login")).logInAsDemoUser(user);
    }

    @Test
    void aLookUpIsSeenByTheResidentAndFoundByTheCommissioningOfficer() throws Exception {
        logIn("handlaggare");
        ConversationFormPage form = new ConversationFormPage(page).openFromMenu();
        form.lookUp("19400312-1243");
        assertThat(form.lookupResult()).containsText("Personen finns redan");

        logIn("invanare");
        new MyChoicesPage(page).openFromMenu().openAccessLog();
        AccessLogPage accessLog = new AccessLogPage(page);
        assertThat(accessLog.row("Sökte upp dig")).containsText("Handläggare");
        assertThat(accessLog.row("Sökte upp dig")).containsText("Vägledande samtal om stöd");
        assertThat(accessLog.table()).not().containsText("handlaggare");
        assertNoAccessibilityViolations();

        logIn("huvudman");
        AuditSearchPage search = new AuditSearchPage(page).open(url("/"));
        search.searchFor("19400312-1243");
        assertThat(search.row("Sökte upp dig", "handlaggare")).isVisible();
        assertThat(search.personnummerField()).hasValue("");
        assertThat(page.locator("main")).not().containsText("19400312-1243");
        org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("19400312");
        String csv = search.downloadCsv();
        org.assertj.core.api.Assertions.assertThat(csv)
                .contains("LOOK_UP_RESIDENT")
                .contains("handlaggare")
                .doesNotContain("19400312")
                .doesNotContain("400312-1243");
        assertNoAccessibilityViolations();
    }
}

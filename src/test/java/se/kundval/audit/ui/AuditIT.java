package se.kundval.audit.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
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
        MyChoicesPage myChoices = new MyChoicesPage(page).openFromMenu();
        assertThat(myChoices.link("Vem har tittat på mina uppgifter?")).isVisible();
        // The link's address, opened directly: a click right after the menu's navigation can be lost.
        page.navigate(url("/vem-har-tittat"));
        AccessLogPage accessLog = new AccessLogPage(page);
        assertThat(accessLog.row("Sökte upp dig")).containsText("Handläggare");
        assertThat(accessLog.row("Sökte upp dig")).containsText("Vägledande samtal om stöd");
        assertThat(accessLog.table()).not().containsText("handlaggare");
        assertNoAccessibilityViolations();

        logIn("huvudman");
        AuditSearchPage search = new AuditSearchPage(page).open(url("/"));
        // The reasons are a list of their words, never their codes.
        assertThat(search.reasonOptions())
                .containsText(new String[] {"Besökaren ber om hjälp att välja", "Vägledande samtal om stöd"});
        page.keyboard().press("Escape");
        search.searchFor("19400312-1243", "Vägledande samtal om stöd");
        // A log reviewer reads about a third person: who did what to whom, by name and masked number.
        Locator row = search.row("Handläggaren Sara Holm sökte upp Anna Lindqvist");
        assertThat(row).containsText("Anna Lindqvist, 19400312-****");
        assertThat(row).containsText("Sara Holm (handlaggare)");
        assertThat(row).containsText("Vägledande samtal om stöd");
        assertThat(search.table()).not().containsText("Sökte upp dig");
        assertThat(search.table()).not().containsText(Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b"));
        assertThat(search.personnummerField()).hasValue("");
        assertThat(page.locator("main")).not().containsText("19400312-1243");
        org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("19400312");
        String csv = search.downloadCsv();
        org.assertj.core.api.Assertions.assertThat(csv)
                .contains("Handläggaren Sara Holm sökte upp Anna Lindqvist")
                .contains("handlaggare")
                .doesNotContain("LOOK_UP_RESIDENT")
                .doesNotContain("GUIDANCE_CONVERSATION")
                .doesNotContain("19400312")
                .doesNotContain("400312-1243");
        screenshot("audit-search");
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, 900);
            assertNoAccessibilityViolations();
        }
    }
}

package se.kundval.identity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import se.kundval.identity.KeycloakServer;
import se.kundval.shared.CuttableProxy;
import se.kundval.ui.BrowserTest;
import se.kundval.ui.PortalPage;

/**
 * Login through a real Keycloak (started by the test from the server distribution, with the
 * portal's realm): each role lands on its own start page and sees only what it may; logout ends
 * the Keycloak session too; a wrong password, a provider account of an unknown organisation and
 * a resident not yet known to the portal are handled.
 */
@TestPropertySource(
        properties = {
            "kundval.auth=keycloak",
            // This context runs beside the demo-mode one in the same JVM: it needs its own index.
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/test-index-keycloak"
        })
class KeycloakLoginIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Keycloak is reached through a proxy that one test cuts, as an outage of the login service would. */
    private static CuttableProxy keycloakLine;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) throws java.io.IOException {
        URI direct = URI.create(KeycloakServer.issuer());
        keycloakLine = new CuttableProxy(direct.getHost(), direct.getPort());
        registry.add(
                "kundval.oidc.issuer",
                () -> "http://127.0.0.1:" + keycloakLine.port() + "/realms/" + KeycloakServer.REALM);
        registry.add("kundval.oidc.client-secret", () -> KeycloakServer.CLIENT_SECRET);
        // The outage test cuts the line right after other tests logged in: no trusted answer may hide it.
        registry.add("kundval.oidc.trust-reachable", () -> "0s");
    }

    @AfterAll
    static void closeKeycloakLine() throws java.io.IOException {
        keycloakLine.close();
    }

    @Test
    void whenKeycloakCannotBeReachedLogInLeadsToAClearPageAndWorksAgainWhenItIsBack() throws Exception {
        page.navigate(url("/"));
        keycloakLine.cut();
        try {
            portal().link("Logga in").click();
            assertThat(h1()).hasText("Inloggningen fungerar inte just nu");
            assertThat(page.locator("main")).containsText("Du kan fortfarande se och jämföra utförare");
            assertThat(page.locator("body")).not().containsText("Exception");
            assertNoAccessibilityViolations();
        } finally {
            keycloakLine.restore();
        }
        portal().link("Försök logga in igen").click();
        keycloakLogin("invanare", "demo");
        assertThat(h1()).hasText("Mina val");
    }

    private Locator h1() {
        return portal().heading();
    }

    private PortalPage portal() {
        return new PortalPage(page);
    }

    /** From the portal's "Logga in" to Keycloak's own login page, and back. */
    private void logInThroughKeycloak(String username, String password) {
        page.navigate(url("/"));
        portal().link("Logga in").click();
        keycloakLogin(username, password);
    }

    private void keycloakLogin(String username, String password) {
        KeycloakLoginPage keycloak = new KeycloakLoginPage(page);
        assertThat(keycloak.signInButton()).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("/realms/kundval/");
        keycloak.signIn(username, password);
    }

    private void logOut() {
        portal().logOut();
        assertThat(portal().link("Logga in")).isVisible();
    }

    @Test
    void eachRoleLandsOnItsStartPageSeesOnlyItsOwnAndLogsOutOfKeycloakToo() {
        record Expectation(String user, String heading, String ownLink, String notLink) {}
        var expectations = java.util.List.of(
                new Expectation("invanare", "Mina val", "Meddelanden", "Mina ärenden"),
                new Expectation("handlaggare", "Mina ärenden", "Registrera samtal", "Mina val"),
                new Expectation("utforare", "Kontor – Omsorgsgruppen Saltsjö AB", "Inkorg", "Registrera samtal"),
                new Expectation("servicepunkt", "Hjälp en besökare", "Hjälp en besökare", "Mina val"),
                new Expectation("huvudman", "Auktorisation och uppföljning", "Huvudman", "Inkorg"));
        for (Expectation e : expectations) {
            newSession();
            logInThroughKeycloak(e.user(), "demo");
            assertThat(h1()).hasText(e.heading());
            assertThat(portal().menuLink(e.ownLink())).isVisible();
            assertThat(portal().menuLink(e.notLink())).hasCount(0);
            assertThat(portal().text("Demoläge")).hasCount(0);
            // Another role's page is refused.
            page.navigate(url(e.user().equals("handlaggare") ? "/mina-val" : "/handlaggare"));
            assertThat(h1()).not().hasText(Pattern.compile("Mina ärenden|Mina val"));

            page.navigate(url("/"));
            logOut();
            // The Keycloak session has ended too: a protected page asks for the password again.
            page.navigate(url("/meddelanden"));
            assertThat(new KeycloakLoginPage(page).signInButton()).isVisible();
        }
    }

    @Test
    void aWrongPasswordIsToldOnKeycloaksPageAndNothingIsReachable() {
        logInThroughKeycloak("invanare", "fel-lösenord");
        assertThat(new KeycloakLoginPage(page).credentialsError()).isVisible();
        page.navigate(url("/"));
        assertThat(portal().link("Logga in")).isVisible();
    }

    @Test
    void aProviderAccountOfAnUnknownOrganisationSeesOnlyThatItIsNotLinked() {
        logInThroughKeycloak("utforare-okand", "demo");
        assertThat(h1()).hasText("Ditt konto är inte kopplat");
        page.navigate(url("/meddelanden"));
        assertThat(h1()).hasText("Ditt konto är inte kopplat");
        page.navigate(url("/tjanst/HEMTJANST"));
        assertThat(h1()).hasText("Ditt konto är inte kopplat");
        assertNoAccessibilityViolations();
        portal().button("Logga ut").first().click();
        assertThat(portal().link("Logga in")).isVisible();
    }

    @Test
    void aResidentUnknownToThePortalGetsTheirRecordOnFirstLogin() {
        String digits = "195209142487";
        jdbc.update(
                "delete from resident where personnummer = ? and id not in (select resident_id from"
                        + " guidance_conversation) and id not in (select resident_id from notification where resident_id"
                        + " is not null) and id not in (select resident_id from audit_event where resident_id is not null)",
                digits);

        page.navigate(url("/mina-val"));
        keycloakLogin("invanare-ny", "demo");

        assertThat(h1()).hasText("Mina val");
        assertThat(portal().text("Du har inget att välja just nu")).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList(
                        "select concat(first_name, ' ', last_name) from resident where personnummer = ?",
                        String.class,
                        digits))
                .hasSize(1);
        org.assertj.core.api.Assertions.assertThat(page.url())
                .doesNotContain("19520914")
                .doesNotContain("2487");
        assertNoAccessibilityViolations();
    }
}

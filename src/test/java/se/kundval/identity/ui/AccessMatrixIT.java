package se.kundval.identity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.Personnummer;
import se.kundval.identity.SecurityMatrix;
import se.kundval.identity.TestLogins;
import se.kundval.provider.ProviderService;
import se.kundval.register.Delivery;
import se.kundval.ui.BrowserTest;
import se.kundval.ui.PortalPage;

/**
 * Every page × every role, as docs/security.md lists them, opened in Chromium with the demo
 * login; plus the security headers. Fails when the running app disagrees with any cell, or when
 * a page exists that the document does not list.
 */
class AccessMatrixIT extends BrowserTest {

    /** The demo account of each role column. */
    private static final Map<String, String> ACCOUNTS = Map.of(
            "resident",
            "invanare",
            "handlaggare",
            "handlaggare",
            "servicepunkt",
            "servicepunkt",
            "provider",
            "utforare",
            "huvudman",
            "huvudman");

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    ChoiceService choiceService;

    @Autowired
    ProviderService providerService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    jakarta.servlet.ServletContext servletContext;

    @Test
    void everyPageIsOpenOrClosedToEachRoleExactlyAsDocumented() {
        SecurityMatrix matrix = SecurityMatrix.read();
        assertThat(routeTemplates())
                .as("pages in the app vs docs/security.md")
                .containsExactlyInAnyOrderElementsOf(matrix.pages().keySet().stream()
                        .map(AccessMatrixIT::normalised)
                        .toList());

        // Real data for the placeholders: the resident's own entitlement, choice and receipt.
        String type = catalogue.serviceType(Delivery.HOME);
        String offering = catalogue
                .anOffering()
                .ofType(type)
                .byExistingProvider("556677-8899")
                .unit("Matris " + type)
                .in("FISKSATRA")
                .create();
        Personnummer anna = Personnummer.parse("19400312-1243");
        long entitlement = residents.residentWithEntitlement(anna, "FISKSATRA", type);
        ChoiceTestData.logInAs(anna);
        String reference = choiceService.choose(entitlement, offering).reference();
        // An application of the demo provider user's own (utforare: Omsorgsgruppen).
        TestLogins.provider("556677-8899");
        long application = providerService.startApplication(catalogue.serviceType(Delivery.HOME));
        TestLogins.logOut();
        // Submitted, so that the commissioning officers' review page has it too.
        jdbc.update(
                "update accreditation_application set status = 'SUBMITTED', submitted_at = now(6) where id = ?",
                application);
        // A case of the demo case officer's own (others' cases are not found for them).
        long officersCase =
                residents.residentWithEntitlement(ChoiceTestData.newPersonnummer(), "FISKSATRA", type, "handlaggare");
        Map<String, String> values = Map.of(
                "{case}",
                String.valueOf(officersCase),
                "{type}",
                "HEMTJANST",
                "{offering}",
                offering,
                "{entitlement}",
                String.valueOf(entitlement),
                "{reference}",
                reference,
                "{application}",
                String.valueOf(application));

        List<String> wrong = new ArrayList<>();
        for (String role : matrix.roles()) {
            newSession();
            if (!role.equals(SecurityMatrix.ANONYMOUS)) {
                new LoginPage(page).open(url("/login")).logInAsDemoUser(ACCOUNTS.get(role));
            }
            for (var row : matrix.pages().entrySet()) {
                String path = row.getKey();
                for (var v : values.entrySet()) {
                    path = path.replace(v.getKey(), v.getValue());
                }
                boolean allowed = opens(path);
                if (allowed != row.getValue().get(role)) {
                    wrong.add(row.getKey() + " as " + role + ": " + (allowed ? "open" : "closed") + ", documented "
                            + (row.getValue().get(role) ? "open" : "closed"));
                }
            }
        }
        assertThat(wrong)
                .as("cells of docs/security.md the running app disagrees with")
                .isEmpty();
    }

    /** Opens the page; false if the visitor was sent to log in or got the not-found page instead. */
    private boolean opens(String path) {
        page.navigate(url(path));
        Locator h1 = new PortalPage(page).heading();
        assertThat(h1.first()).isVisible();
        boolean sentToLogin =
                !path.equals("/login") && URI.create(page.url()).getPath().equals("/login");
        boolean notFound = h1.first().innerText().equals("Sidan finns inte");
        return !sentToLogin && !notFound;
    }

    /** The app's routes with every parameter written as {} (test-only views left out). */
    private Set<String> routeTemplates() {
        Set<String> templates = new TreeSet<>();
        var registry = com.vaadin.flow.server.startup.ApplicationRouteRegistry.getInstance(
                new com.vaadin.flow.server.VaadinServletContext(servletContext));
        for (var route : registry.getRegisteredRoutes()) {
            if (!route.getTemplate().startsWith("test-probe")) {
                templates.add(normalised("/" + route.getTemplate()));
            }
        }
        return templates;
    }

    private static String normalised(String path) {
        return path.replaceAll(":[A-Za-z_]+(\\([^)]*\\))?\\??", "{}").replaceAll("\\{[a-z]+}", "{}");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/"))).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .contains("object-src 'none'"));
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    }

    @Test
    void onlyTheHealthProbesOfTheActuatorAreReachableAndTheySayNoMoreThanUp() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url(probe))).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        for (String hidden : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url(hidden))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            // Not an actuator answer (JSON) but the portal's own page ("Sidan finns inte").
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(hidden)
                    .doesNotContain("json")
                    .doesNotContain("actuator")
                    .doesNotContain("octet-stream");
            assertThat(response.body())
                    .as(hidden)
                    .doesNotContain("\"_links\"")
                    .doesNotContain("activeProfiles")
                    .doesNotContain("\"contexts\"");
        }
    }
}

package se.kundval.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.kundval.register.Delivery;
import se.kundval.shared.AnonymousFormThrottle;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.TextLimits;

/**
 * The forms anyone may send without logging in: every free-text field is checked on the server
 * against its column (a refusal names the field, and nothing is stored), and a session or client
 * address that sends too many in a short time is told so kindly, as a form problem.
 */
@IntegrationTest
class AnonymousFormsTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anOverLongContactInAnErrorReportIsRefusedAtTheContactFieldAndNothingIsStored() {
        String code = listing();
        int before = count("listing_error_report");

        assertThatThrownBy(() -> catalogue.reportError(code, "Fel adress.", "x".repeat(TextLimits.CONTACT + 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactlyEntriesOf(Map.of("contact", TextLimits.TOO_LONG)));
        assertThatThrownBy(() -> catalogue.reportError(code, "x".repeat(ListingErrorReport.MAX_MESSAGE + 1), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("message"));
        assertThatThrownBy(() -> catalogue.reportError(code, " ", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("message", "offering.report.required"));

        assertThat(count("listing_error_report")).isEqualTo(before);
        catalogue.reportError(code, "Fel adress.", "x".repeat(TextLimits.CONTACT));
        assertThat(count("listing_error_report"))
                .as("the longest allowed contact is stored")
                .isEqualTo(before + 1);
    }

    @Test
    void overLongAccessibilityFeedbackIsRefusedByFieldAndNothingIsStored() {
        int before = count("accessibility_feedback");

        assertThatThrownBy(() -> catalogue.giveAccessibilityFeedback(
                        "p".repeat(TextLimits.PAGE + 1),
                        "x".repeat(AccessibilityFeedback.MAX_MESSAGE + 1),
                        "c".repeat(TextLimits.CONTACT + 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("message", TextLimits.TOO_LONG)
                                .containsEntry("contact", TextLimits.TOO_LONG)
                                .containsEntry("page", TextLimits.TOO_LONG));

        assertThat(count("accessibility_feedback")).isEqualTo(before);
    }

    @Test
    void aSessionAndAnAddressThatSendTooManyAreToldToWaitAndNothingMoreIsStored() {
        // The defaults: 5 per session and 20 per address in 10 minutes.
        String code = listing();
        int before = count("listing_error_report");
        browser("session-a", "192.0.2.10");
        for (int i = 0; i < 5; i++) {
            catalogue.reportError(code, "Rapport " + i, null);
        }
        assertThatThrownBy(() -> catalogue.giveAccessibilityFeedback("tillganglighet", "En till", null))
                .as("the sixth from the same session, on either form")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("message", AnonymousFormThrottle.THROTTLED));

        // New sessions from the same address: allowed until the address has sent twenty.
        for (int i = 0; i < 15; i++) {
            browser("session-b" + i, "192.0.2.10");
            catalogue.reportError(code, "Rapport b" + i, null);
        }
        browser("session-c", "192.0.2.10");
        assertThatThrownBy(() -> catalogue.reportError(code, "En för mycket", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("message", AnonymousFormThrottle.THROTTLED));

        // Someone else, elsewhere, is not affected.
        browser("session-d", "198.51.100.7");
        catalogue.reportError(code, "Annan person", null);

        assertThat(count("listing_error_report")).isEqualTo(before + 21);
    }

    private void browser(String sessionId, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        request.setSession(new MockHttpSession(null, sessionId));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private String listing() {
        String type = data.serviceType(Delivery.HOME);
        return data.anOffering()
                .ofType(type)
                .by("Rapport " + type)
                .summary("Text.")
                .create();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}

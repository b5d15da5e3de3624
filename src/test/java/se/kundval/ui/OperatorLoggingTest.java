package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Logs an operator can read: one id per request, and no stack traces for visitors who left. */
class OperatorLoggingTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @Test
    void everyRequestGetsACorrelationIdInTheLogContextAndTheResponse() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();
        new CorrelationIdFilter()
                .doFilter(
                        new MockHttpServletRequest("GET", "/"),
                        response,
                        (req, res) -> seen.set(MDC.get("correlationId")));
        assertThat(seen.get()).matches("[0-9a-f]{12}");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(seen.get());
        assertThat(MDC.get("correlationId")).as("cleared after the request").isNull();
    }

    @Test
    void aProxysRequestIdIsKeptButOnlyWhenItIsAPlainToken() throws Exception {
        MockHttpServletRequest fromProxy = new MockHttpServletRequest("GET", "/");
        fromProxy.addHeader("X-Request-Id", "5f1c2a9e-0b7d-4c1e-9a3f-2d6e8b4c7a10");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new CorrelationIdFilter().doFilter(fromProxy, response, (req, res) -> {});
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("5f1c2a9e-0b7d-4c1e-9a3f-2d6e8b4c7a10");

        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
        forged.addHeader("X-Request-Id", "abc\r\nERROR fake log line");
        MockHttpServletResponse other = new MockHttpServletResponse();
        new CorrelationIdFilter().doFilter(forged, other, (req, res) -> {});
        assertThat(other.getHeader("X-Request-Id")).matches("[0-9a-f]{12}");
    }

    @Test
    void aVisitorClosingTheConnectionIsNotLoggedAsAnError() {
        ClientAbortLogFilter filter = new ClientAbortLogFilter();
        var vaadin = context.getLogger("com.vaadin.flow.server.communication.IndexHtmlRequestHandler");
        Throwable abort = new RuntimeException(new ClientAbortException(new IOException("Broken pipe")));
        assertThat(filter.decide(null, vaadin, Level.ERROR, "Error", null, abort))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, vaadin, Level.ERROR, "Error", null, new IOException("Connection reset by peer")))
                .isEqualTo(FilterReply.DENY);
        // Real faults still reach the log.
        assertThat(filter.decide(null, vaadin, Level.ERROR, "Error", null, new IllegalStateException("bug")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, vaadin, Level.ERROR, "Error", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}

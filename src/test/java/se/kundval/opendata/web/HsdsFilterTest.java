package se.kundval.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import se.kundval.opendata.internal.RateLimiter;

/** The open-data API's rate limit, lowered to 3 a minute: the 4th request from one address waits. */
class HsdsFilterTest {

    private final MutableClock clock = new MutableClock();
    private final HsdsFilter filter = new HsdsFilter(new RateLimiter(3, Duration.ofMinutes(1), clock));

    @Test
    void answers429WithRetryAfterOverTheLimitPerAddressUntilTheMinuteIsOver() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call("GET", "192.0.2.1").getStatus()).isEqualTo(200);
        }
        clock.advance(Duration.ofSeconds(20));
        MockHttpServletResponse refused = call("GET", "192.0.2.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("40");
        assertThat(refused.getContentType()).startsWith("application/json");
        assertThat(refused.getContentAsString()).contains("\"error\":429");
        assertThat(refused.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");

        assertThat(call("GET", "192.0.2.2").getStatus()).as("another address").isEqualTo(200);

        clock.advance(Duration.ofSeconds(40));
        assertThat(call("GET", "192.0.2.1").getStatus()).as("next minute").isEqualTo(200);
    }

    @Test
    void readOnlyWithCorsForAnyOrigin() throws Exception {
        MockHttpServletResponse post = call("POST", "192.0.2.3");
        assertThat(post.getStatus()).isEqualTo(405);
        assertThat(post.getHeader("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        MockHttpServletResponse preflight = call("OPTIONS", "192.0.2.3");
        assertThat(preflight.getStatus()).isEqualTo(204);
        assertThat(preflight.getHeader("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(call("GET", "192.0.2.3").getHeader("Access-Control-Allow-Origin"))
                .isEqualTo("*");
    }

    private MockHttpServletResponse call(String method, String address) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/hsds/services");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

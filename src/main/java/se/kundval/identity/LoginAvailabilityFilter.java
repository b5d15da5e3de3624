package se.kundval.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import se.kundval.identity.ui.IdentityNavigation;

/**
 * Before "Logga in" sends the visitor to Keycloak, checks that Keycloak answers (its discovery
 * document, two seconds at most). When it does not, the visitor gets the portal's own page saying
 * login does not work right now and what they can do instead, not the browser's error for an
 * address they never typed. A good answer is trusted for ten seconds; a bad one is checked again
 * at the next attempt, so login works as soon as Keycloak is back.
 */
class LoginAvailabilityFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginAvailabilityFilter.class);
    /** How long a good answer is trusted (ten seconds unless configured; tests of an outage use none). */
    private final Duration trustGoodAnswer;

    private final URI discovery;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Instant reachableUntil = Instant.MIN;

    LoginAvailabilityFilter(String issuer, Duration trustGoodAnswer) {
        this.discovery = URI.create(issuer + "/.well-known/openid-configuration");
        this.trustGoodAnswer = trustGoodAnswer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!reachable()) {
            response.sendRedirect(request.getContextPath() + "/" + IdentityNavigation.LOGIN_UNAVAILABLE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean reachable() {
        if (Instant.now().isBefore(reachableUntil)) {
            return true;
        }
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(discovery)
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() == 200) {
                reachableUntil = Instant.now().plus(trustGoodAnswer);
                return true;
            }
            log.warn("Login service answered {} at {}", answer.statusCode(), discovery);
        } catch (IOException e) {
            log.warn(
                    "Login service unreachable at {}: {}",
                    discovery,
                    e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}

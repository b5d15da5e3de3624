package se.kundval.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long sessions live. Every session starts anonymous, with the servlet container's timeout
 * ({@code server.servlet.session.timeout}, {@code KUNDVAL_ANONYMOUS_SESSION_TIMEOUT}, 10 minutes):
 * a visitor who only browses has nothing in it worth holding in memory for long.
 *
 * <ul>
 * <li>On the first request of a logged-in session: sets how long the session may be idle (shorter
 * for residents, who often use shared or borrowed devices, than for staff) and announces the login
 * ({@link SignedIn}).</li>
 * <li>After a request in which an anonymous session's last tab went away ({@link LastTabClosed}):
 * ends the session at once, so a closed tab frees its memory now rather than after the timeout.
 * Logged-in sessions are kept: their owner may have the portal open in another window, and they
 * end by logout or their own timeout.</li>
 * </ul>
 *
 * Runs after Spring Security's filters, which have put the authentication in place (and keep it
 * in place until this filter returns).
 */
@Component
class SessionPolicyFilter extends OncePerRequestFilter {

    private static final String APPLIED = SessionPolicyFilter.class.getName() + ".applied";

    private final Duration residentTimeout;
    private final Duration staffTimeout;
    private final ApplicationEventPublisher events;

    SessionPolicyFilter(
            @Value("${kundval.session.resident-timeout}") Duration residentTimeout,
            @Value("${kundval.session.staff-timeout}") Duration staffTimeout,
            ApplicationEventPublisher events) {
        this.residentTimeout = residentTimeout;
        this.staffTimeout = staffTimeout;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && session.getAttribute(APPLIED) == null) {
            Optional<KundvalUser> user = CurrentUser.of(authentication);
            if (user.isPresent()) {
                session.setAttribute(APPLIED, Boolean.TRUE);
                Duration idle = user.get().hasRole(Role.RESIDENT) ? residentTimeout : staffTimeout;
                session.setMaxInactiveInterval((int) idle.toSeconds());
                events.publishEvent(signedIn(user.get(), authentication.getPrincipal()));
            }
        }
        chain.doFilter(request, response);
        endIfLastTabClosed(request);
    }

    private static void endIfLastTabClosed(HttpServletRequest request) {
        if (request.getAttribute(LastTabClosed.ATTRIBUTE) == null) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null
                || CurrentUser.of(SecurityContextHolder.getContext().getAuthentication())
                        .isPresent()) {
            return;
        }
        try {
            if (LastTabClosed.holdsOnlyBrowsingState(session)) {
                session.invalidate();
            }
        } catch (IllegalStateException alreadyEnded) {
            // Ended meanwhile by another request of the same session.
        }
    }

    private static SignedIn signedIn(KundvalUser user, Object principal) {
        if (principal instanceof OidcUser oidc && oidc.getGivenName() != null) {
            return new SignedIn(user, oidc.getGivenName(), oidc.getFamilyName() == null ? "" : oidc.getFamilyName());
        }
        String name = user.displayName();
        int space = name.lastIndexOf(' ');
        return space < 0
                ? new SignedIn(user, name, "")
                : new SignedIn(user, name.substring(0, space), name.substring(space + 1));
    }
}

package se.kundval.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the first request of a logged-in session: sets how long the session may be idle (shorter for
 * residents, who often use shared or borrowed devices) and announces the login ({@link SignedIn}).
 * Runs after Spring Security's filters, which have put the authentication in place.
 */
@Component
class SessionPolicyFilter extends OncePerRequestFilter {

    private static final String APPLIED = SessionPolicyFilter.class.getName() + ".applied";

    private final Duration residentTimeout;
    private final Duration staffTimeout;
    private final ApplicationEventPublisher events;

    SessionPolicyFilter(@Value("${kundval.session.resident-timeout}") Duration residentTimeout,
            @Value("${kundval.session.staff-timeout}") Duration staffTimeout, ApplicationEventPublisher events) {
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
    }

    private static SignedIn signedIn(KundvalUser user, Object principal) {
        if (principal instanceof OidcUser oidc && oidc.getGivenName() != null) {
            return new SignedIn(user, oidc.getGivenName(), oidc.getFamilyName() == null ? "" : oidc.getFamilyName());
        }
        String name = user.displayName();
        int space = name.lastIndexOf(' ');
        return space < 0 ? new SignedIn(user, name, "") : new SignedIn(user, name.substring(0, space),
                name.substring(space + 1));
    }
}

package se.kundval.identity;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The one place that knows how the user logged in. Views and services ask it who the user is.
 */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    public CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<KundvalUser> get() {
        // The principal is a demo account's UserDetails, or already a KundvalUser (e.g. one built
        // from an OIDC login). Vaadin's typed lookup casts rather than filters, so look first.
        return authentication.getAuthenticatedUser(Object.class).flatMap(principal -> {
            if (principal instanceof KundvalUser user) {
                return Optional.of(user);
            }
            if (principal instanceof UserDetails details) {
                return Optional.of(toUser(details));
            }
            return Optional.empty();
        });
    }

    public boolean isLoggedIn() {
        return authentication.isAuthenticated();
    }

    public void logout() {
        authentication.logout();
    }

    private KundvalUser toUser(UserDetails details) {
        Set<String> roles = new LinkedHashSet<>();
        for (GrantedAuthority authority : details.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(name.substring("ROLE_".length()));
            }
        }
        if (details instanceof DemoUser demo) {
            return new KundvalUser(demo.getUsername(), demo.displayName(), roles, demo.personnummer(), demo.orgnr());
        }
        return new KundvalUser(details.getUsername(), details.getUsername(), roles, Optional.empty(), Optional.empty());
    }
}

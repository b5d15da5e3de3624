package se.kundval.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The one place that knows how the user logged in (demo account or Keycloak). Views and services
 * ask it who the user is and get a {@link KundvalUser} either way.
 */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    public CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<KundvalUser> get() {
        // Vaadin's typed lookup casts rather than filters, so take the principal as it is.
        return authentication.getAuthenticatedUser(Object.class).flatMap(principal -> toUser(principal, authorities()));
    }

    private Collection<? extends GrantedAuthority> authorities() {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        return context.getAuthentication() == null
                ? List.of()
                : context.getAuthentication().getAuthorities();
    }

    /** The portal's view of an authentication, however it was made; empty if anonymous. */
    public static Optional<KundvalUser> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return toUser(authentication.getPrincipal(), authentication.getAuthorities());
    }

    public boolean isLoggedIn() {
        return authentication.isAuthenticated();
    }

    public void logout() {
        authentication.logout();
    }

    private static Optional<KundvalUser> toUser(Object principal, Collection<? extends GrantedAuthority> authorities) {
        if (principal instanceof KundvalUser user) {
            return Optional.of(user);
        }
        Set<String> roles = roles(authorities);
        if (principal instanceof DemoUser demo) {
            return Optional.of(new KundvalUser(
                    demo.getUsername(),
                    demo.displayName(),
                    roles(demo.getAuthorities()),
                    demo.personnummer(),
                    demo.orgnr(),
                    demo.servicePoint()));
        }
        if (principal instanceof OidcUser oidc) {
            // The claims were checked when the roles were mapped (OidcRoles): a role that needs a
            // personnummer or an organisation number is only granted with a valid one.
            String username = oidc.getPreferredUsername() != null ? oidc.getPreferredUsername() : oidc.getSubject();
            String name = oidc.getFullName() != null ? oidc.getFullName() : username;
            return Optional.of(new KundvalUser(
                    username,
                    name,
                    roles,
                    parse(
                            oidc.getClaimAsString(OidcRoles.PERSONNUMMER_CLAIM),
                            Personnummer::isValid,
                            Personnummer::parse),
                    parse(
                            oidc.getClaimAsString(OidcRoles.ORGNR_CLAIM),
                            Organisationsnummer::isValid,
                            Organisationsnummer::parse),
                    parse(
                            oidc.getClaimAsString(OidcRoles.SERVICE_POINT_CLAIM),
                            OidcRoles::isServicePointCode,
                            c -> c)));
        }
        if (principal instanceof UserDetails details) {
            return Optional.of(new KundvalUser(
                    details.getUsername(),
                    details.getUsername(),
                    roles(details.getAuthorities()),
                    Optional.empty(),
                    Optional.empty()));
        }
        return Optional.empty();
    }

    private static <T> Optional<T> parse(
            String text, java.util.function.Predicate<String> valid, java.util.function.Function<String, T> parser) {
        return text == null || !valid.test(text) ? Optional.empty() : Optional.of(parser.apply(text));
    }

    private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<String> roles = new LinkedHashSet<>();
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(name.substring("ROLE_".length()));
            }
        }
        return roles;
    }
}

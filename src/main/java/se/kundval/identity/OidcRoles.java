package se.kundval.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Keycloak's realm roles (the flat {@code roles} claim, or {@code realm_access.roles}) become the
 * portal's {@code ROLE_*} authorities; Keycloak's own default roles are dropped. A provider role
 * is granted only with an organisation number of a known provider, a resident role only with a
 * valid personnummer, a service-point role only with the code of a known service point; otherwise the user gets {@link Role#UNLINKED} and sees only the page that
 * says the account is not linked.
 */
class OidcRoles implements GrantedAuthoritiesMapper {

    static final String PERSONNUMMER_CLAIM = "personnummer";
    static final String ORGNR_CLAIM = "orgnr";
    static final String SERVICE_POINT_CLAIM = "servicepunkt";

    private final ProviderDirectory providers;
    private final ServicePointDirectory servicePoints;

    OidcRoles(ProviderDirectory providers, ServicePointDirectory servicePoints) {
        this.providers = providers;
        this.servicePoints = servicePoints;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>();
        for (GrantedAuthority authority : authorities) {
            if (!(authority instanceof OidcUserAuthority oidc)) {
                continue;
            }
            Map<String, Object> claims = oidc.getUserInfo() != null
                    ? oidc.getUserInfo().getClaims()
                    : oidc.getIdToken().getClaims();
            for (String role : roles(oidc.getIdToken().getClaims(), claims)) {
                String granted = switch (role) {
                    case Role.PROVIDER -> linkedProvider(claims) ? role : Role.UNLINKED;
                    case Role.RESIDENT -> Personnummer.isValid(text(claims, PERSONNUMMER_CLAIM)) ? role : Role.UNLINKED;
                    // Staff act for one service point, named by their identity: without a known one, nothing.
                    case Role.SERVICEPUNKT -> linkedServicePoint(claims) ? role : Role.UNLINKED;
                    default -> role;
                };
                mapped.add(new SimpleGrantedAuthority("ROLE_" + granted));
            }
        }
        if (mapped.contains(new SimpleGrantedAuthority("ROLE_" + Role.UNLINKED))) {
            // One unlinked role is enough to see nothing but the page that explains it.
            return Set.of(new SimpleGrantedAuthority("ROLE_" + Role.UNLINKED));
        }
        return mapped;
    }

    private boolean linkedProvider(Map<String, Object> claims) {
        String orgnr = text(claims, ORGNR_CLAIM);
        return Organisationsnummer.isValid(orgnr) && providers.isKnownProvider(Organisationsnummer.parse(orgnr));
    }

    private boolean linkedServicePoint(Map<String, Object> claims) {
        String code = text(claims, SERVICE_POINT_CLAIM);
        return isServicePointCode(code) && servicePoints.isKnownServicePoint(code);
    }

    static boolean isServicePointCode(String code) {
        return code != null && code.matches("[A-Z0-9_-]{1,60}");
    }

    /** The portal's roles among the token's; Keycloak's default roles and unknown ones are ignored. */
    @SuppressWarnings("unchecked")
    static Set<String> roles(Map<String, Object> idToken, Map<String, Object> claims) {
        Set<String> found = new HashSet<>();
        for (Map<String, Object> source : List.of(idToken, claims)) {
            if (source.get("roles") instanceof Collection<?> flat) {
                flat.forEach(r -> found.add(String.valueOf(r)));
            }
            if (source.get("realm_access") instanceof Map<?, ?> realm
                    && realm.get("roles") instanceof Collection<?> nested) {
                nested.forEach(r -> found.add(String.valueOf(r)));
            }
        }
        found.retainAll(Role.ALL);
        return found;
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null ? "" : value.toString();
    }
}

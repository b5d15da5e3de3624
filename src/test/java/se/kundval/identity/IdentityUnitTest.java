package se.kundval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * The identity rules that need no running Keycloak: how token claims become roles, how the
 * portal sees an OIDC login, the login-mode guards and the per-role idle timeout.
 */
class IdentityUnitTest {

    private static final Organisationsnummer KNOWN = Organisationsnummer.parse("556677-8899");

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static OidcIdToken token(Map<String, Object> claims) {
        var builder = OidcIdToken.withTokenValue("t")
                .subject("sub-1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .claim("preferred_username", "someone");
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static Set<String> map(Map<String, Object> claims) {
        OidcRoles roles = new OidcRoles(KNOWN::equals, "ORMINGE"::equals);
        Collection<? extends GrantedAuthority> mapped =
                roles.mapAuthorities(List.of(new OidcUserAuthority(token(claims))));
        return mapped.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    @Test
    void realmRolesBecomeThePortalsRolesAndKeycloaksOwnAreDropped() {
        assertThat(map(Map.of("roles", List.of("handlaggare", "offline_access", "default-roles-kundval"))))
                .containsExactly("ROLE_handlaggare");
        assertThat(map(Map.of("realm_access", Map.of("roles", List.of("huvudman", "uma_authorization")))))
                .containsExactly("ROLE_huvudman");
        assertThat(map(Map.of("roles", List.of("resident"), "personnummer", "19400312-1243")))
                .containsExactly("ROLE_resident");
        assertThat(map(Map.of("roles", List.of("provider"), "orgnr", "556677-8899")))
                .containsExactly("ROLE_provider");
        assertThat(map(Map.of())).isEmpty();
    }

    @Test
    void anAccountNotLinkedToWhatItsRoleNeedsIsUnlinkedAndNothingElse() {
        assertThat(map(Map.of("roles", List.of("provider"), "orgnr", "559999-1238")))
                .containsExactly("ROLE_unlinked");
        assertThat(map(Map.of("roles", List.of("provider", "huvudman")))).containsExactly("ROLE_unlinked");
        assertThat(map(Map.of("roles", List.of("provider"), "orgnr", "not a number")))
                .containsExactly("ROLE_unlinked");
        assertThat(map(Map.of("roles", List.of("resident"), "personnummer", "19400312-1244")))
                .containsExactly("ROLE_unlinked");
        // Service-point staff act for the service point their identity names, and only a known one.
        assertThat(map(Map.of("roles", List.of("servicepunkt"), "servicepunkt", "ORMINGE")))
                .containsExactly("ROLE_servicepunkt");
        assertThat(map(Map.of("roles", List.of("servicepunkt")))).containsExactly("ROLE_unlinked");
        assertThat(map(Map.of("roles", List.of("servicepunkt"), "servicepunkt", "NOWHERE")))
                .containsExactly("ROLE_unlinked");
    }

    @Test
    void servicePointStaffCarryTheirServicePointFromTheirIdentity() {
        OidcIdToken idToken = token(Map.of("roles", List.of("servicepunkt"), "servicepunkt", "ORMINGE"));
        var authorities =
                new OidcRoles(KNOWN::equals, "ORMINGE"::equals).mapAuthorities(List.of(new OidcUserAuthority(idToken)));
        var authentication =
                new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, idToken), authorities, "keycloak");

        assertThat(CurrentUser.of(authentication).orElseThrow().servicePoint()).contains("ORMINGE");
    }

    @Test
    void anOidcLoginIsSeenAsTheSamePortalUserAsADemoLogin() {
        OidcIdToken idToken = token(Map.of(
                "roles",
                List.of("resident"),
                "personnummer",
                "19400312-1243",
                "name",
                "Anna Lindqvist",
                "given_name",
                "Anna",
                "family_name",
                "Lindqvist"));
        var authorities =
                new OidcRoles(KNOWN::equals, "ORMINGE"::equals).mapAuthorities(List.of(new OidcUserAuthority(idToken)));
        var principal = new DefaultOidcUser(authorities, idToken);
        var authentication = new OAuth2AuthenticationToken(principal, authorities, "keycloak");

        KundvalUser user = CurrentUser.of(authentication).orElseThrow();

        assertThat(user.username()).isEqualTo("someone");
        assertThat(user.displayName()).isEqualTo("Anna Lindqvist");
        assertThat(user.roles()).containsExactly("resident");
        assertThat(user.personnummer()).contains(Personnummer.parse("19400312-1243"));
        assertThat(user.orgnr()).isEmpty();
        assertThat(user.toString()).doesNotContain("19400312").doesNotContain("1243");
    }

    @Test
    void unknownModesDoNotStartAndKeycloakNeedsItsIssuer() {
        SecurityConfiguration configuration = new SecurityConfiguration();
        DemoSwitch demo = new DemoSwitch(true);
        assertThatThrownBy(() -> configuration.loginMode("none", demo))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a login mode");
        assertThatThrownBy(() -> configuration.keycloakClient("", "kundval-portal", "", demo))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KUNDVAL_OIDC_ISSUER");
        assertThat(configuration.loginMode("demo", demo).demo()).isTrue();
        assertThat(configuration.loginMode("keycloak", demo).demo()).isFalse();
    }

    @Test
    void residentsAreLoggedOutSoonerThanStaffAndTheLoginIsAnnouncedOnce() throws Exception {
        List<Object> events = new ArrayList<>();
        SessionPolicyFilter filter =
                new SessionPolicyFilter(Duration.ofMinutes(15), Duration.ofMinutes(30), events::add);
        for (String role : List.of(Role.RESIDENT, Role.HANDLAGGARE)) {
            KundvalUser user = new KundvalUser(
                    "u-" + role,
                    "Eva Ek",
                    Set.of(role),
                    role.equals(Role.RESIDENT)
                            ? java.util.Optional.of(Personnummer.parse("19400312-1243"))
                            : java.util.Optional.empty(),
                    java.util.Optional.empty());
            SecurityContextHolder.getContext()
                    .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + role));
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.getSession(true);
            filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            MockHttpServletRequest again = new MockHttpServletRequest();
            again.setSession(request.getSession());
            filter.doFilter(again, new MockHttpServletResponse(), new MockFilterChain());

            assertThat(request.getSession().getMaxInactiveInterval())
                    .isEqualTo(role.equals(Role.RESIDENT) ? 15 * 60 : 30 * 60);
        }
        assertThat(events)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                SignedIn.class, s -> assertThat(s.firstName()).isEqualTo("Eva")));
    }
}

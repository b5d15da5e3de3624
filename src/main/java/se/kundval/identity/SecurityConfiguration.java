package se.kundval.identity;

import java.net.URI;
import java.nio.file.Path;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import se.kundval.identity.ui.IdentityNavigation;

/**
 * Who may do what, and how people log in. Deny by default: Vaadin's navigation access control
 * refuses every view without an access annotation, and service methods carry
 * {@code @RolesAllowed} (method security on).
 *
 * <p>Two login modes, chosen by {@code kundval.auth} ({@code KUNDVAL_AUTH}), which has no default:
 * the app refuses to start without one, so it never falls into a demo login by omission.
 * {@code keycloak} (OpenID Connect with authorization code + PKCE against the realm in
 * {@code KUNDVAL_OIDC_ISSUER}) is the production mode; {@code demo} (built-in accounts) needs the
 * explicit {@link DemoSwitch}, which the Spring profile {@code demo} of {@code ./mvnw
 * spring-boot:run} turns on. The OAuth2 client exists only in Keycloak mode, so the demo run needs
 * no Keycloak.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";
    /** Where a user goes after logging in when no protected page sent them to the login. */
    static final String AFTER_LOGIN = "/hem";

    static final String DEMO_NEEDS_SWITCH = "The demo login (KUNDVAL_AUTH=demo) needs the explicit demo switch:"
            + " run ./mvnw spring-boot:run, or the Spring profile demo on the embedded database. In production"
            + " use KUNDVAL_AUTH=keycloak.";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            @Value("${kundval.auth}") String auth,
            @Value("${kundval.oidc.issuer:}") String issuer,
            @Value("${kundval.oidc.trust-reachable:10s}") java.time.Duration trustReachable)
            throws Exception {
        // The portal's own static look (from frontend/) is public.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/styles/**", "/images/**", "/icons/**", "/favicon.ico")
                .permitAll()
                // Probes only say UP or DOWN (see application.properties); the rest of the actuator is not exposed.
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll());
        String loginOrigin = "keycloak".equals(auth) ? origin(issuer) : "";
        if ("keycloak".equals(auth)) {
            // "Logga in" while Keycloak is down leads to the portal's own explanation.
            http.addFilterBefore(
                    new LoginAvailabilityFilter(issuer, trustReachable),
                    OAuth2AuthorizationRequestRedirectFilter.class);
        }
        http.headers(headers -> headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Vaadin's client needs inline styles and scripts and eval (its templates); all
                // else comes from the portal itself. HSTS is sent on HTTPS requests (Spring's default).
                .contentSecurityPolicy(csp -> csp.policyDirectives(String.join(
                        "; ",
                        "default-src 'self'",
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "style-src 'self' 'unsafe-inline'",
                        "img-src 'self' data: blob:",
                        "font-src 'self' data:",
                        "connect-src 'self' ws: wss:",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "form-action 'self'" + loginOrigin,
                        "frame-ancestors 'none'")))
                .permissionsPolicyHeader(permissions ->
                        permissions.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
        // Every URL reaches Vaadin, whose navigation access control is the gate for views: it sends
        // anonymous visitors of protected views to the login page, and unknown URLs get the
        // friendly 404 page instead of a login redirect.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    if ("keycloak".equals(auth)) {
                        // Logging out ends the Keycloak session too (RP-initiated logout), then back home.
                        vaadin.oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}");
                    } else {
                        vaadin.loginView(IdentityNavigation.loginView(), "/");
                    }
                    vaadin.defaultSuccessUrl(AFTER_LOGIN);
                    vaadin.anyRequest(any -> any.permitAll());
                })
                .build();
    }

    private static String origin(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return "";
        }
        URI uri = URI.create(issuer);
        return " " + uri.getScheme() + "://" + uri.getAuthority();
    }

    /**
     * The demo switch, checked at start-up: refused with the prod profile and on an external
     * database (see {@link DemoSwitch}).
     */
    @Bean
    DemoSwitch demoSwitch(
            @Value("${kundval.demo.enabled:false}") boolean enabled,
            @Value("${spring.datasource.url:}") String datasourceUrl,
            @Value("${kundval.demo.allow-external-database:false}") boolean allowExternalDatabase,
            Environment environment) {
        return DemoSwitch.of(enabled, datasourceUrl, allowExternalDatabase, environment.getActiveProfiles());
    }

    /**
     * Demo mode: built-in accounts from demo-accounts.yaml in the demo content
     * ({@code kundval.demo.data}); only with the demo switch on.
     */
    @Bean
    @ConditionalOnProperty(name = "kundval.auth", havingValue = "demo")
    DemoAccounts demoAccounts(@Value("${kundval.demo.data:}") String folder, DemoSwitch demo) {
        if (!demo.enabled()) {
            throw new IllegalStateException(DEMO_NEEDS_SWITCH);
        }
        if (folder.isBlank()) {
            throw new IllegalStateException("The demo login needs the demo content folder (KUNDVAL_DEMO_DATA, e.g."
                    + " providers-data/demo) with demo-accounts.yaml.");
        }
        return DemoAccounts.read(Path.of(folder));
    }

    /** Hands out the demo users themselves (not plain copies), so the portal knows whom they stand for. */
    @Bean
    @ConditionalOnProperty(name = "kundval.auth", havingValue = "demo")
    UserDetailsService demoUserDetails(DemoAccounts accounts) {
        return username -> accounts.users().stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .map(DemoUser::copy)
                .orElseThrow(() -> new UsernameNotFoundException("No such demo account"));
    }

    /**
     * Fails at start-up without a login mode, for a login mode that does not exist, and for the
     * demo login without the demo switch, rather than running with a login nobody asked for.
     */
    @Bean
    LoginMode loginMode(@Value("${kundval.auth:}") String auth, DemoSwitch demo) {
        if (auth.isBlank()) {
            throw new IllegalStateException("No login mode is configured (KUNDVAL_AUTH). In production set"
                    + " KUNDVAL_AUTH=keycloak with KUNDVAL_OIDC_ISSUER and KUNDVAL_OIDC_CLIENT_SECRET. For the"
                    + " demo portal on the embedded database run ./mvnw spring-boot:run (Spring profile demo).");
        }
        if (!"demo".equals(auth) && !"keycloak".equals(auth)) {
            throw new IllegalStateException("KUNDVAL_AUTH=" + auth + " is not a login mode; use keycloak or demo.");
        }
        if ("demo".equals(auth) && !demo.enabled()) {
            throw new IllegalStateException(DEMO_NEEDS_SWITCH);
        }
        return new LoginMode("demo".equals(auth));
    }

    /**
     * Keycloak mode: the portal's client in the realm, from the realm's discovery document
     * (so the app does not start while Keycloak is unreachable: that is wanted in this mode).
     */
    @Bean
    @ConditionalOnProperty(name = "kundval.auth", havingValue = "keycloak")
    ClientRegistrationRepository keycloakClient(
            @Value("${kundval.oidc.issuer:}") String issuer,
            @Value("${kundval.oidc.client-id}") String clientId,
            @Value("${kundval.oidc.client-secret:}") String clientSecret,
            DemoSwitch demo) {
        if (issuer.isBlank() || clientSecret.isBlank()) {
            throw new IllegalStateException("KUNDVAL_AUTH=keycloak needs KUNDVAL_OIDC_ISSUER (e.g."
                    + " http://localhost:8180/realms/kundval) and KUNDVAL_OIDC_CLIENT_SECRET.");
        }
        // The sample realm's secret is in this repository for everyone to read: outside the demo
        // it would let anyone act as the portal towards Keycloak.
        if (!demo.enabled() && DemoSwitch.SAMPLE_CLIENT_SECRET.equals(clientSecret.strip())) {
            throw new IllegalStateException("KUNDVAL_OIDC_CLIENT_SECRET is the sample realm's published secret"
                    + " (\"" + DemoSwitch.SAMPLE_CLIENT_SECRET + "\"); it is refused in the production configuration."
                    + " Generate a secret for the client in Keycloak and set it here.");
        }
        ClientRegistration registration =
                portalClient(ClientRegistrations.fromIssuerLocation(issuer), clientId, clientSecret);
        return new InMemoryClientRegistrationRepository(registration);
    }

    /**
     * The portal's client on top of the realm's endpoints. The redirect URI is built per request
     * from {@code {baseUrl}}: behind the TLS proxy it is https and the public host, because Tomcat
     * takes both from the trusted proxy's forwarded headers (server.forward-headers-strategy).
     */
    static ClientRegistration portalClient(ClientRegistration.Builder realm, String clientId, String clientSecret) {
        return realm.registrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build())
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "kundval.auth", havingValue = "keycloak")
    GrantedAuthoritiesMapper keycloakRoles(
            ObjectProvider<ProviderDirectory> providers, ObjectProvider<ServicePointDirectory> servicePoints) {
        return new OidcRoles(
                orgnr -> providers.getObject().isKnownProvider(orgnr),
                code -> servicePoints.getObject().isKnownServicePoint(code));
    }
}

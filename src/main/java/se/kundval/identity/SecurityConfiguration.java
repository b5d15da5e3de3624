package se.kundval.identity;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;

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
 * <p>Two login modes, chosen by {@code kundval.auth} ({@code KUNDVAL_AUTH}): {@code demo} (the
 * default: built-in accounts, never with the {@code prod} profile) and {@code keycloak} (OpenID
 * Connect with authorization code + PKCE against the realm in {@code KUNDVAL_OIDC_ISSUER}). The
 * OAuth2 client exists only in Keycloak mode, so the default run needs no Keycloak.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";
    /** Where a user goes after logging in when no protected page sent them to the login. */
    static final String AFTER_LOGIN = "/hem";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, @Value("${kundval.auth}") String auth, @Value("${kundval.oidc.issuer:}") String issuer)
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
            http.addFilterBefore(new LoginAvailabilityFilter(issuer), OAuth2AuthorizationRequestRedirectFilter.class);
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
     * Demo mode: built-in accounts from providers-data/demo-accounts.yaml. Refused when the prod
     * profile is active, so it can never be switched on by accident in production.
     */
    @Bean
    @ConditionalOnProperty(name = "kundval.auth", havingValue = "demo", matchIfMissing = true)
    DemoAccounts demoAccounts(@Value("${kundval.providers-data}") String folder, Environment environment) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException("The demo login (KUNDVAL_AUTH=demo) is refused with the prod profile."
                    + " Use KUNDVAL_AUTH=keycloak.");
        }
        return DemoAccounts.read(Path.of(folder));
    }

    /** Hands out the demo users themselves (not plain copies), so the portal knows whom they stand for. */
    @Bean
    @ConditionalOnProperty(name = "kundval.auth", havingValue = "demo", matchIfMissing = true)
    UserDetailsService demoUserDetails(DemoAccounts accounts) {
        return username -> accounts.users().stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .map(DemoUser::copy)
                .orElseThrow(() -> new UsernameNotFoundException("No such demo account"));
    }

    /** Fails at start-up for a login mode that does not exist, rather than running without login. */
    @Bean
    LoginMode loginMode(@Value("${kundval.auth}") String auth) {
        if (!"demo".equals(auth) && !"keycloak".equals(auth)) {
            throw new IllegalStateException("KUNDVAL_AUTH=" + auth + " is not a login mode; use demo or keycloak.");
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
            @Value("${kundval.oidc.client-secret:}") String clientSecret) {
        if (issuer.isBlank() || clientSecret.isBlank()) {
            throw new IllegalStateException("KUNDVAL_AUTH=keycloak needs KUNDVAL_OIDC_ISSUER (e.g."
                    + " http://localhost:8180/realms/kundval) and KUNDVAL_OIDC_CLIENT_SECRET.");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
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

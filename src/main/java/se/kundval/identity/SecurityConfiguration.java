package se.kundval.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.kundval.identity.ui.LoginView;

/**
 * Who may do what. Deny by default: Vaadin's navigation access control refuses every view without
 * an access annotation, and service methods carry {@code @RolesAllowed} (method security on).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The portal's own static look (from frontend/) is public.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/icons/**", "/favicon.ico").permitAll());
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        // Every URL reaches Vaadin, whose navigation access control is the gate for views: it sends
        // anonymous visitors of protected views to the login page, and unknown URLs get the
        // friendly 404 page instead of a login redirect.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .anyRequest(any -> any.permitAll())).build();
    }

    /**
     * Demo mode: built-in accounts from providers-data/demo-accounts.yaml. Refused when the prod
     * profile is active, so it can never be switched on by accident in production.
     */
    @Bean
    DemoAccounts demoAccounts(@Value("${kundval.auth}") String auth, @Value("${kundval.providers-data}") String folder,
            Environment environment) {
        if (!"demo".equals(auth)) {
            throw new IllegalStateException("kundval.auth=" + auth + " is not supported yet; only 'demo'."
                    + " Keycloak login arrives with the identity work (see docs/).");
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException("The demo login (KUNDVAL_AUTH=demo) is refused with the prod profile.");
        }
        return DemoAccounts.read(Path.of(folder));
    }

    /** Hands out the demo users themselves (not plain copies), so the portal knows whom they stand for. */
    @Bean
    UserDetailsService demoUserDetails(DemoAccounts accounts) {
        return username -> accounts.users().stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .map(DemoUser::copy)
                .orElseThrow(() -> new UsernameNotFoundException("No such demo account"));
    }
}

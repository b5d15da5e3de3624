package se.kundval.opendata.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import se.kundval.opendata.internal.RateLimiter;

/**
 * The open-data API's own security filter chain, ahead of the portal's (Vaadin's): public, read
 * only, stateless. It never creates or reads a session, so the API cannot reach a Vaadin session or
 * a login, and there is no CSRF token to protect (no cookies, no state-changing method).
 */
@Configuration
class HsdsSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain hsdsFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(HsdsController.BASE, HsdsController.BASE + "/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                // The controller sets Cache-Control itself (revalidate with ETag); Spring's default no-store would undo
                // it.
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    /** Runs before Spring Security, so refused requests cost nothing more. */
    @Bean
    FilterRegistrationBean<HsdsFilter> hsdsFilter(
            @Value("${kundval.opendata.rate-limit}") int requestsPerMinute, Clock clock) {
        FilterRegistrationBean<HsdsFilter> registration = new FilterRegistrationBean<>(
                new HsdsFilter(new RateLimiter(requestsPerMinute, Duration.ofMinutes(1), clock)));
        registration.addUrlPatterns(HsdsController.BASE, HsdsController.BASE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}

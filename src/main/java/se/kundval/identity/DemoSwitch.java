package se.kundval.identity;

import java.util.Arrays;

/**
 * The explicit demo switch ({@code kundval.demo.enabled}, set by the Spring profile {@code demo}
 * that {@code ./mvnw spring-boot:run} activates). Only with it on are the built-in demo accounts
 * offered and the demo content (fictional providers, listings and residents) imported, and the
 * sample Keycloak client secret accepted. Off is the production configuration.
 *
 * <p>Demo accounts with the password "demo" and fictional residents must never reach a real
 * database, so the switch refuses to start on an external database ({@code KUNDVAL_DB_URL}) and
 * with the {@code prod} profile. The project's own tests and measurement scripts, which run on a
 * throwaway server, say so with {@code kundval.demo.allow-external-database}.
 */
public record DemoSwitch(boolean enabled) {

    /** The client secret of the sample realm (docker/keycloak/realm-kundval.json): public knowledge. */
    public static final String SAMPLE_CLIENT_SECRET = "change-me-in-production";

    static DemoSwitch of(boolean enabled, String datasourceUrl, boolean allowExternalDatabase, String... profiles) {
        if (!enabled) {
            return new DemoSwitch(false);
        }
        if (Arrays.asList(profiles).contains("prod")) {
            throw new IllegalStateException("The demo switch (Spring profile demo, kundval.demo.enabled) is refused"
                    + " with the prod profile: demo accounts and fictional residents are never for production.");
        }
        if (datasourceUrl != null && !datasourceUrl.isBlank() && !allowExternalDatabase) {
            throw new IllegalStateException("The demo switch (Spring profile demo, kundval.demo.enabled) is refused"
                    + " on an external database (KUNDVAL_DB_URL is set): demo accounts with the password \"demo\""
                    + " and fictional residents must not reach a real database. Run the demo on the embedded"
                    + " database (./mvnw spring-boot:run), or run the production configuration"
                    + " (KUNDVAL_AUTH=keycloak, no demo profile).");
        }
        return new DemoSwitch(true);
    }
}

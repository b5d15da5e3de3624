package se.kundval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The jar and the image start in the production configuration: no demo unless asked for, and
 * nothing of the demo anywhere near a real database. (The tests themselves run the demo, switched
 * on in src/test/resources/config/application.properties.)
 */
class FailClosedTest {

    private static final String EXTERNAL_DB = "jdbc:mariadb://db.saltsjo.example:3306/kundval";

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    /** The jar's own settings, as an operator's empty environment leaves them. */
    private static PropertyResolver jarDefaults(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new PropertiesPropertySource(file, properties));
        return new PropertySourcesPropertyResolver(sources);
    }

    @Test
    void theJarWithoutSettingsHasNoLoginModeAndRefusesToStart() throws IOException {
        PropertyResolver jar = jarDefaults("application.properties");

        assertThat(jar.getProperty("kundval.auth")).isEmpty();
        assertThat(jar.getProperty("kundval.demo.enabled", Boolean.class)).isFalse();
        assertThat(jar.getProperty("kundval.demo.data")).isEmpty();
        assertThat(jar.getProperty("kundval.providers-data")).isEmpty();

        DemoSwitch demo = configuration.demoSwitch(false, "", false, new MockEnvironment());
        assertThat(demo.enabled()).isFalse();
        assertThatThrownBy(() -> configuration.loginMode(jar.getProperty("kundval.auth"), demo))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No login mode is configured")
                .hasMessageContaining("KUNDVAL_AUTH=keycloak")
                .hasMessageContaining("./mvnw spring-boot:run");
    }

    @Test
    void theReadmesRunCommandIsTheDemoThroughTheDemoProfile() throws IOException {
        PropertyResolver demo = jarDefaults("application-demo.properties");
        assertThat(demo.getProperty("kundval.demo.enabled", Boolean.class)).isTrue();
        assertThat(demo.getProperty("kundval.auth")).isEqualTo("demo");
        assertThat(demo.getProperty("kundval.providers-data")).isEqualTo("providers-data/reference");
        assertThat(demo.getProperty("kundval.demo.data")).isEqualTo("providers-data/demo");

        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>spring-boot-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        assertThat(plugin).contains("<profile>demo</profile>");
    }

    @Test
    void theDemoLoginNeedsTheDemoSwitch() {
        DemoSwitch off = new DemoSwitch(false);
        assertThatThrownBy(() -> configuration.loginMode("demo", off))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs the explicit demo switch");
        assertThatThrownBy(() -> configuration.demoAccounts("providers-data/demo", off))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs the explicit demo switch");
        assertThat(configuration.loginMode("keycloak", off).demo()).isFalse();
    }

    @Test
    void theDemoSwitchIsRefusedOnAnExternalDatabaseAndWithTheProdProfile() {
        assertThatThrownBy(() -> DemoSwitch.of(true, EXTERNAL_DB, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused on an external database");
        assertThatThrownBy(() -> DemoSwitch.of(true, "", false, "prod"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused with the prod profile");
        // The embedded database of ./mvnw spring-boot:run has no KUNDVAL_DB_URL.
        assertThat(DemoSwitch.of(true, "", false).enabled()).isTrue();
        // An external database without the demo is the production configuration.
        assertThat(DemoSwitch.of(false, EXTERNAL_DB, false, "prod").enabled()).isFalse();
    }

    @Test
    void theSampleRealmsClientSecretIsRefusedInTheProductionConfiguration() {
        assertThatThrownBy(() -> configuration.keycloakClient(
                        "http://127.0.0.1:9/realms/kundval",
                        "kundval-portal",
                        DemoSwitch.SAMPLE_CLIENT_SECRET,
                        new DemoSwitch(false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sample realm's published secret");
    }

    @Test
    void theOidcRedirectUriFollowsTheRequestsSchemeAndHost() {
        ClientRegistration.Builder realm = ClientRegistration.withRegistrationId("realm")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationUri("https://login.saltsjo.example/realms/kundval/protocol/openid-connect/auth")
                .tokenUri("https://login.saltsjo.example/realms/kundval/protocol/openid-connect/token")
                .jwkSetUri("https://login.saltsjo.example/realms/kundval/protocol/openid-connect/certs")
                .userInfoUri("https://login.saltsjo.example/realms/kundval/protocol/openid-connect/userinfo")
                .userNameAttributeName("sub");
        ClientRegistration client = SecurityConfiguration.portalClient(realm, "kundval-portal", "s3cret-from-keycloak");
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(
                new InMemoryClientRegistrationRepository(client), "/oauth2/authorization");
        // What Tomcat makes of the trusted proxy's X-Forwarded-Proto/-Host (see ForwardedHeadersTest).
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/oauth2/authorization/keycloak");
        request.setServletPath("/oauth2/authorization/keycloak");
        request.setScheme("https");
        request.setSecure(true);
        request.setServerName("kundval.saltsjo.example");
        request.setServerPort(443);

        OAuth2AuthorizationRequest authorization = resolver.resolve(request);

        assertThat(authorization).isNotNull();
        assertThat(authorization.getRedirectUri())
                .isEqualTo("https://kundval.saltsjo.example/login/oauth2/code/keycloak");
    }
}

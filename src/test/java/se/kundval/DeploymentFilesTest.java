package se.kundval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The image and the compose stack run the production configuration (there is no Docker engine
 * on the build machines, so the files themselves are checked): no demo switch, nothing of the demo
 * content in the image, a production realm without users, and separate database accounts.
 */
class DeploymentFilesTest {

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static List<String> instructions(String dockerfile) {
        return dockerfile
                .lines()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .toList();
    }

    @Test
    void theImageHoldsNoDemoAndHasNoDemoSwitch() throws IOException {
        List<String> dockerfile = instructions(read("docker/Dockerfile"));

        assertThat(dockerfile).noneMatch(line -> line.contains("providers-data"));
        assertThat(dockerfile).noneMatch(line -> line.contains("demo"));
        assertThat(dockerfile).noneMatch(line -> line.contains("SPRING_PROFILES_ACTIVE"));
        assertThat(dockerfile).anyMatch(line -> line.contains("KUNDVAL_AUTH=keycloak"));
    }

    @Test
    void composeRunsTheProductionConfiguration() throws IOException {
        Map<String, Object> services =
                map(new Yaml().loadAs(read("docker/compose.yaml"), Map.class).get("services"));
        Map<String, Object> app = map(services.get("app"));
        Map<String, Object> environment = map(app.get("environment"));

        assertThat(environment.get("KUNDVAL_AUTH")).isEqualTo("keycloak");
        assertThat(environment.get("SPRING_PROFILES_ACTIVE").toString()).doesNotContain("demo");
        assertThat(environment).doesNotContainKeys("KUNDVAL_DEMO_DATA", "KUNDVAL_DEMO_ALLOW_EXTERNAL_DB");
        assertThat(environment.get("KUNDVAL_OIDC_CLIENT_SECRET").toString())
                .startsWith("${KUNDVAL_OIDC_CLIENT_SECRET:?")
                .doesNotContain("change-me-in-production");
        assertThat(list(app.get("volumes")))
                .contains("../providers-data/reference:/app/providers-data:ro")
                .noneMatch(volume -> volume.toString().contains("demo"));
        // Separate accounts: the runtime user and the migration user.
        assertThat(environment.get("KUNDVAL_DB_USER")).isNotEqualTo(environment.get("KUNDVAL_DB_MIGRATION_USER"));

        Map<String, Object> mariadb = map(services.get("mariadb"));
        assertThat(map(mariadb.get("environment"))).doesNotContainKeys("MARIADB_USER", "MARIADB_PASSWORD");
        assertThat(list(mariadb.get("volumes")))
                .contains(
                        "./mariadb/initdb.d:/docker-entrypoint-initdb.d:ro",
                        "./mariadb/kundval-users.sql:/etc/kundval/kundval-users.sql:ro");

        Map<String, Object> keycloak = map(services.get("keycloak"));
        assertThat(list(keycloak.get("volumes"))).containsExactly("./keycloak/production:/opt/keycloak/data/import:ro");
    }

    @Test
    void theProductionRealmHasNoUsersBruteForceDetectionAPasswordPolicyAndNoKnownSecret() throws IOException {
        Map<String, Object> realm =
                map(new Yaml().loadAs(read("docker/keycloak/production/realm-kundval.json"), Map.class));

        assertThat(realm.get("realm")).isEqualTo("kundval");
        assertThat(realm).doesNotContainKey("users");
        assertThat(realm.get("bruteForceProtected")).isEqualTo(true);
        assertThat(realm.get("passwordPolicy").toString()).contains("length(12)", "notUsername", "passwordHistory");
        assertThat(realm.get("registrationAllowed")).isEqualTo(false);
        Map<String, Object> client = map(list(realm.get("clients")).getFirst());
        assertThat(client.get("clientId")).isEqualTo("kundval-portal");
        assertThat(client.get("secret")).isEqualTo("${KUNDVAL_OIDC_CLIENT_SECRET}");
        assertThat(list(client.get("redirectUris")))
                .containsExactly("${KUNDVAL_PUBLIC_URL}/login/oauth2/code/keycloak");
        assertThat(read("docker/keycloak/production/realm-kundval.json"))
                .doesNotContain("change-me-in-production")
                .doesNotContain("\"demo\"");
    }
}

package se.kundval.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real Keycloak for the identity tests: the server distribution the build unpacked into
 * target/ (org.keycloak:keycloak-quarkus-dist), started once per test JVM on a loopback port
 * with the portal's realm (docker/keycloak/realm-kundval.json) imported, stopped when the JVM ends.
 */
public final class KeycloakServer {

    public static final String REALM = "kundval";
    /** The client secret in the realm file (the production realm must change it). */
    public static final String CLIENT_SECRET = "change-me-in-production";

    private static String issuer;

    private KeycloakServer() {}

    /** Starts Keycloak if this JVM has not yet, and returns the realm's issuer URL. */
    public static synchronized String issuer() {
        if (issuer == null) {
            issuer = start();
        }
        return issuer;
    }

    private static String start() {
        Path home = Path.of(required("kundval.keycloak.home"));
        Path realm = Path.of(required("kundval.keycloak.realm"));
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("realm-kundval.json"), StandardCopyOption.REPLACE_EXISTING);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path kc = home.resolve("bin/kc.sh");
            kc.toFile().setExecutable(true);
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            kc.toString(),
                            "start-dev",
                            "--http-port=" + port,
                            "--http-host=127.0.0.1",
                            "--db=dev-mem",
                            "--import-realm",
                            "--http-management-port=" + (port + 1)))
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }));
            String url = "http://127.0.0.1:" + port + "/realms/" + REALM;
            waitUntilReady(process, URI.create(url + "/.well-known/openid-configuration"), home);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntilReady(Process process, URI discovery, Path home) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // The first start rebuilds Keycloak for the dev database (about a minute on 2 cores).
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see " + home.resolve("keycloak.log"));
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(discovery).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak was not ready in 5 minutes; see " + home.resolve("keycloak.log"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(
                    "System property " + property + " is not set (the failsafe" + " configuration in pom.xml sets it)");
        }
        return value;
    }
}

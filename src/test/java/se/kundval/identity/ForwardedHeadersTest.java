package se.kundval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.kundval.shared.IntegrationTest;

/**
 * Behind the TLS-terminating proxy (docs/scaling.md): the real Tomcat with a real HTTP client.
 * The proxy here is 127.0.0.1, the default trusted proxy (KUNDVAL_TRUSTED_PROXIES); a visitor
 * reaching the port directly is played by a client bound to 127.0.0.2 (the whole 127/8 is the
 * loopback, but only 127.0.0.1 is trusted). The proxy's X-Forwarded-Proto: https makes the
 * request secure, so HSTS is sent and the session cookie is Secure (and always HttpOnly and
 * SameSite=Lax); the same headers from anyone else are ignored.
 */
@IntegrationTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // A context of its own (a real servlet container) beside the tests' shared one: its own index.
        properties = "spring.jpa.properties.hibernate.search.backend.directory.root=target/test-index-forwarded")
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String from, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(from))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "kundval.saltsjo.example")
                .header("X-Forwarded-For", "203.0.113.9")
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
    }

    @Test
    void theTrustedProxysHttpsGetsHstsAndASecureSameSiteSessionCookie() throws Exception {
        HttpResponse<String> response = get("127.0.0.1", "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(sessionCookies(response))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .containsIgnoringCase("; Secure")
                        .containsIgnoringCase("; HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void forwardedHeadersFromAnUntrustedSenderAreIgnored() throws Exception {
        HttpResponse<String> response = get("127.0.0.2", "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookies(response))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .doesNotContainIgnoringCase("Secure")
                        .containsIgnoringCase("; HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }
}

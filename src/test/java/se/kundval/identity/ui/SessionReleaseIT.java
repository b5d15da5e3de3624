package se.kundval.identity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.microsoft.playwright.Page;
import com.vaadin.flow.server.VaadinSession;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import se.kundval.catalogue.ui.ResultListPage;
import se.kundval.catalogue.ui.StartPage;
import se.kundval.ui.BrowserTest;

/**
 * Anonymous sessions are released as soon as the visitor's last tab closes (Vaadin's unload
 * beacon closes the tab's UI; the portal then ends the session), and otherwise after the short
 * anonymous idle timeout. Reloading keeps the session, and so does closing a logged-in tab. The
 * test looks at the server's own session store (Tomcat's manager) by the browser's session cookie.
 */
class SessionReleaseIT extends BrowserTest {

    /** How long the server may take to hear of a closed tab: the beacon is one small request. */
    private static final Duration RELEASE = Duration.ofSeconds(15);

    @Autowired
    private ServletWebServerApplicationContext server;

    @Test
    void anAnonymousSessionEndsWhenItsLastTabCloses() throws InterruptedException {
        page.navigate(url("/"));
        assertThat(new StartPage(page).heading()).isVisible();
        Page second = context.newPage();
        new ResultListPage(second).open(url("/tjanst/HEMTJANST"));
        Session session = serverSession();
        assertThat(session).as("the browser's session on the server").isNotNull();
        assertThat(session.getMaxInactiveInterval())
                .as("anonymous idle timeout (s)")
                .isEqualTo(600);
        assertThat(openUis(session)).isEqualTo(2);

        page.close();
        await(() -> openUis(session) == 1, "the first tab's UI to be closed");
        assertThat(session.isValid())
                .as("the session while a tab is still open")
                .isTrue();

        second.close();
        await(
                () -> !session.isValid(),
                () -> "the session to end after its last tab closed; it holds " + attributeNames(session));
        assertThat(manager().findSessions()).doesNotContain(session);
    }

    @Test
    void aReloadKeepsTheAnonymousSessionAndWhatIsInIt() throws InterruptedException {
        ResultListPage list = new ResultListPage(page).open(url("/tjanst/HEMTJANST"));
        list.compareFirst();
        Session session = serverSession();
        assertThat(list.compareLink(1)).isVisible();

        page.reload();

        assertThat(list.heading()).isVisible();
        // The reloaded page still shows the comparison kept in the session.
        assertThat(list.compareLink(1)).isVisible();
        await(() -> openUis(session) == 1, "the old page's UI to be closed");
        assertThat(session.isValid()).isTrue();
        assertThat(serverSession()).isSameAs(session);
    }

    @Test
    void aLoggedInSessionOutlivesItsTabWithTheResidentTimeout() throws InterruptedException {
        LoginPage login = new LoginPage(page).open(url("/login"));
        login.logInAs("invanare", "demo");
        assertThat(login.text("Inloggad som Anna Lindqvist")).isVisible();
        Session session = serverSession();
        assertThat(session.getMaxInactiveInterval())
                .as("resident idle timeout (s)")
                .isEqualTo(900);

        page.close();
        await(() -> openUis(session) == 0, "the tab's UI to be closed");

        assertThat(session.isValid())
                .as("a logged-in session after its tab closed")
                .isTrue();
    }

    /** The server's session for the browser's JSESSIONID cookie, or null. */
    private Session serverSession() {
        String id = context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie: "
                        + context.cookies().stream().map(c -> c.name).toList()));
        try {
            return manager().findSession(id);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Manager manager() {
        TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
        return ((Context) tomcat.getTomcat().getHost().findChildren()[0]).getManager();
    }

    /** The UIs of the Vaadin session in this HTTP session that are not closing; 0 when it has none. */
    private static int openUis(Session session) {
        if (!session.isValid()) {
            return 0;
        }
        return Collections.list(session.getSession().getAttributeNames()).stream()
                .map(name -> session.getSession().getAttribute(name))
                .filter(VaadinSession.class::isInstance)
                .map(VaadinSession.class::cast)
                .mapToInt(vaadin -> {
                    vaadin.lock();
                    try {
                        return (int) vaadin.getUIs().stream()
                                .filter(ui -> !ui.isClosing())
                                .count();
                    } finally {
                        vaadin.unlock();
                    }
                })
                .sum();
    }

    private static List<String> attributeNames(Session session) {
        return session.isValid() ? Collections.list(session.getSession().getAttributeNames()) : List.of();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, () -> what);
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        Instant until = Instant.now().plus(RELEASE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + RELEASE.toSeconds() + " s for " + what.get());
            }
            Thread.sleep(100);
        }
    }
}

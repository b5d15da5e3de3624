package se.kundval.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.springframework.modulith.NamedInterface;

/** Ways to the login pages from elsewhere; the views stay package-private. */
@NamedInterface("navigation")
public final class IdentityNavigation {

    /** The page "Logga in" leads to while the login service cannot be reached. */
    public static final String LOGIN_UNAVAILABLE = "inloggning-otillganglig";

    /** Where the Keycloak login starts (Spring Security's authorization redirect). */
    public static final String KEYCLOAK_LOGIN = "/oauth2/authorization/keycloak";

    private IdentityNavigation() {}

    /** The demo login page, for the security configuration's login redirect. */
    public static Class<? extends Component> loginView() {
        return LoginView.class;
    }

    /** For a provider account whose organisation the municipality does not know. */
    public static void forwardToNotLinked(BeforeEnterEvent event) {
        event.forwardTo(NotLinkedView.class);
    }
}

package se.kundval.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where "Logga in" leads while the login service (Keycloak) cannot be reached: what happened in
 * plain words, what still works without logging in, and how to choose anyway — instead of the
 * browser's own "site can't be reached" on the identity provider's address.
 */
@Route(IdentityNavigation.LOGIN_UNAVAILABLE)
@AnonymousAllowed
class LoginUnavailableView extends Div implements HasDynamicTitle {

    LoginUnavailableView() {
        addClassName("login-unavailable-view");
        Anchor retry = new Anchor(IdentityNavigation.KEYCLOAK_LOGIN, getTranslation("loginunavailable.retry"));
        // A full page load: the login is a redirect chain outside Vaadin's router.
        retry.setRouterIgnore(true);
        add(
                new H1(getTranslation("loginunavailable.heading")),
                new Paragraph(getTranslation("loginunavailable.text")),
                new Paragraph(getTranslation("loginunavailable.browse")),
                new Paragraph(getTranslation("loginunavailable.help")),
                new Paragraph(retry),
                new Paragraph(new Anchor("", getTranslation("loginunavailable.home"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("loginunavailable.heading") + " – " + getTranslation("app.title.suffix");
    }
}

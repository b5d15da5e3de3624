package se.kundval.identity.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.identity.CurrentUser;
import se.kundval.identity.Role;

/**
 * For an account that is not linked to what its role needs (a provider account without a known
 * organisation number, a resident account without a personnummer). Nothing else is reachable.
 */
@Route("ej-kopplad")
@RolesAllowed(Role.UNLINKED)
class NotLinkedView extends Div implements HasDynamicTitle {

    NotLinkedView(CurrentUser currentUser) {
        addClassName("not-linked-view");
        add(
                new H1(getTranslation("notlinked.heading")),
                new Paragraph(getTranslation("notlinked.text")),
                new Paragraph(getTranslation("notlinked.contact")));
        Button logout = new Button(getTranslation("layout.logout"), e -> currentUser.logout());
        logout.addClassName("not-linked-logout");
        add(logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notlinked.heading") + " – " + getTranslation("app.title.suffix");
    }
}

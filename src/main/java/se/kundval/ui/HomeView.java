package se.kundval.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.kundval.assist.ui.AssistView;
import se.kundval.catalogue.ui.StartView;
import se.kundval.choice.ui.MyChoicesView;
import se.kundval.choice.ui.OfficerEntitlementsView;
import se.kundval.commission.ui.CommissionView;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;
import se.kundval.identity.ui.NotLinkedView;
import se.kundval.provider.ui.BackOfficeView;

/** Where a login lands: each role's own start page (anonymous visitors: the public start page). */
@Route("hem")
@AnonymousAllowed
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        KundvalUser user = currentUser.get().orElse(null);
        if (user == null) {
            event.forwardTo(StartView.class);
        } else if (user.hasRole(Role.UNLINKED)) {
            event.forwardTo(NotLinkedView.class);
        } else if (user.hasRole(Role.RESIDENT)) {
            event.forwardTo(MyChoicesView.class);
        } else if (user.hasRole(Role.HANDLAGGARE)) {
            event.forwardTo(OfficerEntitlementsView.class);
        } else if (user.hasRole(Role.PROVIDER)) {
            event.forwardTo(BackOfficeView.class);
        } else if (user.hasRole(Role.HUVUDMAN)) {
            event.forwardTo(CommissionView.class);
        } else if (user.hasRole(Role.SERVICEPUNKT)) {
            event.forwardTo(AssistView.class);
        } else {
            event.forwardTo(StartView.class);
        }
    }
}

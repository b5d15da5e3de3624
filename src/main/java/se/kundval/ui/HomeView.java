package se.kundval.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.kundval.assist.ui.AssistNavigation;
import se.kundval.catalogue.ui.CatalogueNavigation;
import se.kundval.choice.ui.ChoiceNavigation;
import se.kundval.commission.ui.CommissionNavigation;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;
import se.kundval.identity.ui.IdentityNavigation;
import se.kundval.provider.ui.ProviderNavigation;

/** Where a login lands: each role's own start page (anonymous visitors: the public start page). */
// Only forwards; it is never shown, so it needs no layout.
@Route(value = "hem", autoLayout = false)
@AnonymousAllowed
class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        KundvalUser user = currentUser.get().orElse(null);
        if (user == null) {
            CatalogueNavigation.forwardToStart(event);
        } else if (user.hasRole(Role.UNLINKED)) {
            IdentityNavigation.forwardToNotLinked(event);
        } else if (user.hasRole(Role.RESIDENT)) {
            ChoiceNavigation.forwardToMyChoices(event);
        } else if (user.hasRole(Role.HANDLAGGARE)) {
            ChoiceNavigation.forwardToOfficerCases(event);
        } else if (user.hasRole(Role.PROVIDER)) {
            ProviderNavigation.forwardToBackOffice(event);
        } else if (user.hasRole(Role.HUVUDMAN)) {
            CommissionNavigation.forwardToCommission(event);
        } else if (user.hasRole(Role.SERVICEPUNKT)) {
            AssistNavigation.forwardToDesk(event);
        } else {
            CatalogueNavigation.forwardToStart(event);
        }
    }
}

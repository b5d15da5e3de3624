package se.kundval.identity.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import se.kundval.identity.CurrentUser;
import se.kundval.identity.Role;

/**
 * An account that is not linked (see {@link Role#UNLINKED}) sees only the page that says so,
 * even on pages open to everyone: the person should contact the municipality, not browse on as
 * if logged in properly.
 */
@Component
class UnlinkedAccountGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UnlinkedAccountGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
                    if (enter.getNavigationTarget() != NotLinkedView.class
                            && currentUser
                                    .get()
                                    .map(u -> u.hasRole(Role.UNLINKED))
                                    .orElse(false)) {
                        enter.rerouteTo(NotLinkedView.class);
                    }
                }));
    }
}

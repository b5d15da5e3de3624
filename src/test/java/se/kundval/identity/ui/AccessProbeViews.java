package se.kundval.identity.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;

import se.kundval.identity.Role;

/** Views that exist only in the tests, to prove the access rules every real view relies on. */
final class AccessProbeViews {

    private AccessProbeViews() {}

    /** No access annotation at all: must be unreachable for everyone (deny by default). */
    @Route("test-probe/unannotated")
    public static class Unannotated extends Div {
        public Unannotated() {
            add(new H1("Probe content without annotation"));
        }
    }

    /** Only for commissioning officers. */
    @Route("test-probe/huvudman")
    @RolesAllowed(Role.HUVUDMAN)
    public static class HuvudmanOnly extends Div {
        public HuvudmanOnly() {
            add(new H1("Probe content for huvudman"));
        }
    }
}

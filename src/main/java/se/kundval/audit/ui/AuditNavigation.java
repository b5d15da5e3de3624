package se.kundval.audit.ui;

import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** Links to the audit pages from other modules; the views themselves stay package-private. */
@NamedInterface("navigation")
public final class AuditNavigation {

    private AuditNavigation() {}

    /** "Vem har tittat på mina uppgifter" for the logged-in resident. */
    public static RouterLink myAccessLogLink(String text) {
        return new RouterLink(text, MyAccessLogView.class);
    }

    /** The commissioning officers' log search. */
    public static RouterLink auditSearchLink(String text) {
        return new RouterLink(text, AuditSearchView.class);
    }
}

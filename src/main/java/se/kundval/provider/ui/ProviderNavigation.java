package se.kundval.provider.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** Ways into the provider's application pages from elsewhere; the views stay package-private. */
@NamedInterface("navigation")
public final class ProviderNavigation {

    private ProviderNavigation() {}

    /** The back office start page, where a provider user lands after logging in. */
    public static void forwardToBackOffice(BeforeEnterEvent event) {
        event.forwardTo(BackOfficeView.class);
    }

    public static RouterLink applicationLink(String text, long applicationId) {
        RouterLink link = new RouterLink(ApplicationView.class, parameters(applicationId));
        link.setText(text);
        return link;
    }

    public static void openApplication(UI ui, long applicationId) {
        ui.navigate(ApplicationView.class, parameters(applicationId));
    }

    private static RouteParameters parameters(long applicationId) {
        return new RouteParameters("id", String.valueOf(applicationId));
    }
}

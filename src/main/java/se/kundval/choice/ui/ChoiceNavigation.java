package se.kundval.choice.ui;

import java.util.Map;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** Every way into the choice pages from elsewhere; the views themselves stay package-private. */
@NamedInterface("navigation")
public final class ChoiceNavigation {

    private ChoiceNavigation() {}

    public static void forwardToMyChoices(BeforeEnterEvent event) {
        event.forwardTo(MyChoicesView.class);
    }

    public static void forwardToOfficerCases(BeforeEnterEvent event) {
        event.forwardTo(OfficerEntitlementsView.class);
    }

    /** The provider's new customers. */
    public static RouterLink customersLink(String text) {
        return new RouterLink(text, CustomersView.class);
    }

    /** The confirmation page for choosing an offering for an entitlement (ids and codes only). */
    public static String confirmChoice(long entitlementId, String offeringCode) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(
                        ConfirmChoiceView.class,
                        new RouteParameters(Map.of(
                                ConfirmChoiceView.ENTITLEMENT,
                                String.valueOf(entitlementId),
                                ConfirmChoiceView.OFFERING,
                                offeringCode)));
    }
}

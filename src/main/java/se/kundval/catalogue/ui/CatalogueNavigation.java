package se.kundval.catalogue.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.springframework.modulith.NamedInterface;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ChoosingSupport;

/**
 * Every way into the catalogue's pages from elsewhere: the only public class of this package,
 * so the views stay package-private and links are built type-safely from the routes.
 */
@NamedInterface("navigation")
public final class CatalogueNavigation {

    private CatalogueNavigation() {}

    public static RouterLink startLink(String text) {
        return new RouterLink(text, StartView.class);
    }

    /** The site name in the header: a link to the start page holding whatever the layout puts in it. */
    public static RouterLink startLink() {
        return new RouterLink(StartView.class);
    }

    public static void forwardToStart(BeforeEnterEvent event) {
        event.forwardTo(StartView.class);
    }

    /** A provider's page ("utforare/CODE"). */
    public static String offeringPage(String offeringCode) {
        return routes().getUrl(OfferingView.class, offeringCode);
    }

    public static RouterLink offeringLink(String text, String offeringCode) {
        return new RouterLink(text, OfferingView.class, offeringCode);
    }

    /** The result list of a service, for browsing. */
    public static String resultList(String serviceTypeCode) {
        return routes().getUrl(ServiceTypeView.class, serviceTypeCode);
    }

    /** The result list in choosing mode for an entitlement (its id, never a personnummer). */
    public static String resultList(String serviceTypeCode, long entitlementId) {
        return resultList(serviceTypeCode) + "?"
                + QueryParameters.of(ServiceTypeView.ENTITLEMENT_PARAMETER, String.valueOf(entitlementId))
                        .getQueryString();
    }

    /**
     * The resident's choosing list for use where staff choose with a visitor (the service-point
     * desk): the same order by the visitor's wishes, cards and reasons why a provider cannot be
     * chosen (in staff's words), and a button on each card that can be chosen, which calls
     * {@code choose} with the offering's code. {@code support} answers for the visitor's
     * entitlement (its confirmation path is not used).
     */
    public static Component assistedChoosingList(
            CatalogueService catalogue,
            ChoosingSupport support,
            ChoosingSupport.Choosing choosing,
            Consumer<String> choose) {
        return new AssistedChoosingList(catalogue, support, choosing, choose);
    }

    /** The provider's editor for one of its listings. */
    public static RouterLink listingEditorLink(String offeringCode) {
        return new RouterLink(ListingEditorView.class, new RouteParameters("code", offeringCode));
    }

    /** The comparison page; its text is kept up to date with {@link #compareCount()}. */
    public static RouterLink compareLink() {
        return new RouterLink(CompareView.class);
    }

    /** How many providers the visitor has picked to compare (kept in their session). */
    public static int compareCount() {
        return CompareSelection.current().size();
    }

    /** Calls back when the visitor's comparison changes in this UI. */
    public static Registration onCompareChanged(UI ui, Runnable listener) {
        return ComponentUtil.addListener(ui, CompareChangedEvent.class, e -> listener.run());
    }

    private static RouteConfiguration routes() {
        return RouteConfiguration.forApplicationScope();
    }
}

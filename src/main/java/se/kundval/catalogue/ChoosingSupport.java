package se.kundval.catalogue;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the result list needs when a logged-in resident is choosing for one of their
 * entitlements. The choice feature implements it; the catalogue only shows what it says, so the
 * catalogue does not depend on how choices are stored.
 */
public interface ChoosingSupport {

    /** The entitlement the logged-in resident is choosing for; empty if it is not theirs or has ended. */
    Optional<Choosing> choosing(long entitlementId, Locale locale);

    /**
     * For each of the offerings that cannot be chosen for this entitlement, why not (a message
     * key); offerings that can be chosen are absent.
     */
    Map<String, String> notChoosable(long entitlementId, Collection<String> offeringCodes);

    /** The in-portal path of the confirmation page for choosing this offering. */
    String confirmationPath(long entitlementId, String offeringCode);

    /** The resident's entitlement as the result list uses it. */
    record Choosing(long entitlementId, String serviceType, String area, OfferingQuery.Wishes wishes, boolean change) {}
}

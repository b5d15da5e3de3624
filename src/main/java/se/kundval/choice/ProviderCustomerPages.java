package se.kundval.choice;

/**
 * The provider's "Nya kunder", which messages to providers point to. The view takes its route from
 * here, so a message links where the page really is.
 */
public final class ProviderCustomerPages {

    /** "Nya kunder" in the back office. */
    public static final String CUSTOMERS = "kontor/kunder";

    /** The query parameter naming the customer to show first, by the choice's reference (never a personnummer). */
    public static final String CUSTOMER_PARAMETER = "kund";

    /** The bundle key of a message link to one customer. */
    public static final String CUSTOMER_LABEL = "messages.link.customer";

    private ProviderCustomerPages() {}

    public static String customerPath(String reference) {
        return "/" + CUSTOMERS + "?" + CUSTOMER_PARAMETER + "=" + reference;
    }
}

package se.kundval.choice;

/**
 * The resident's pages that messages point to. The views take their routes from here, so a
 * message written by a service or a nightly job links where the page really is.
 */
public final class ResidentPages {

    /** "Mina val". */
    public static final String MY_CHOICES = "mina-val";

    /** The receipt of one choice, by its reference (never a personnummer). */
    public static final String RECEIPT = "kvitto";

    /** The bundle key of a message link to "Mina val". */
    public static final String MY_CHOICES_LABEL = "messages.link.mychoices";

    /** The bundle key of a message link to a receipt. */
    public static final String RECEIPT_LABEL = "messages.link.receipt";

    private ResidentPages() {}

    public static String myChoicesPath() {
        return "/" + MY_CHOICES;
    }

    public static String receiptPath(String reference) {
        return "/" + RECEIPT + "/" + reference;
    }
}

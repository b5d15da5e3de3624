package se.kundval.provider;

/**
 * The provider's back-office pages that messages point to. The views take their routes from here,
 * so a message written by a service links where the page really is.
 */
public final class BackOfficePages {

    /** "Kontor", the back office start page. */
    public static final String BACK_OFFICE = "kontor";

    /** One application for accreditation, by its id. */
    public static final String APPLICATION = "kontor/ansokan";

    /** The bundle key of a message link to the back office. */
    public static final String BACK_OFFICE_LABEL = "messages.link.backoffice";

    /** The bundle key of a message link to an application. */
    public static final String APPLICATION_LABEL = "messages.link.application";

    private BackOfficePages() {}

    public static String backOfficePath() {
        return "/" + BACK_OFFICE;
    }

    public static String applicationPath(long applicationId) {
        return "/" + APPLICATION + "/" + applicationId;
    }
}

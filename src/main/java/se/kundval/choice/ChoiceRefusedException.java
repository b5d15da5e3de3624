package se.kundval.choice;

/** A choice the rules do not allow; the reason picks the resident's message. Nothing was stored. */
public class ChoiceRefusedException extends RuntimeException {

    public enum Reason {
        /** The provider has just become full ("Utföraren har precis fått fullt — välj en annan"). */
        FULL,
        NOT_TAKING_NEW_CUSTOMERS,
        NOT_LISTED,
        WRONG_SERVICE_TYPE,
        AREA_NOT_SERVED,
        NOT_YOUR_ENTITLEMENT,
        ENTITLEMENT_ENDED,
        ALREADY_CHOSEN
    }

    private final Reason reason;

    public ChoiceRefusedException(Reason reason) {
        super("Choice refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package se.kundval.notification;

/**
 * Someone a {@link Notification} can be addressed to: a resident or a provider. Their modules
 * depend on this one, so the entities implement this instead of the notification naming them.
 */
public interface Recipient {

    Long getId();

    /** Whether this recipient is to get the message by e-mail as well as in the portal. */
    boolean wantsEmail();
}

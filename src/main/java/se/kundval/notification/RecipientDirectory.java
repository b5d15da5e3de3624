package se.kundval.notification;

import java.util.Optional;

import se.kundval.identity.KundvalUser;
import se.kundval.notification.Notification.RecipientType;

/**
 * SPI: the module that owns a kind of recipient tells who the logged-in user is as a recipient
 * and where their e-mail goes. The choice module answers for residents, the provider module for
 * providers; this module depends on neither.
 */
public interface RecipientDirectory {

    RecipientType type();

    /** The recipient id of the logged-in user, if they are this kind of recipient. */
    Optional<Long> recipientIdOf(KundvalUser user);

    /** The address to e-mail, read when the message is sent (so a corrected address is used). */
    Optional<String> mailAddress(long recipientId);
}

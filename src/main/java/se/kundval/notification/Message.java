package se.kundval.notification;

import java.time.Instant;

/**
 * One message in a resident's Meddelanden or a provider's inbox.
 *
 * @param linkPath  where in the portal the message points, or null
 * @param linkLabel the bundle key of the link's text, or null
 */
public record Message(
        long id, String subject, String body, Instant createdAt, boolean read, String linkPath, String linkLabel) {}

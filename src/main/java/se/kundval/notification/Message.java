package se.kundval.notification;

import java.time.Instant;

/** One message in a resident's Meddelanden or a provider's inbox. */
public record Message(long id, String subject, String body, Instant createdAt, boolean read) {}

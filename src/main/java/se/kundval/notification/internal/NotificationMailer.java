package se.kundval.notification.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.kundval.notification.Notification;
import se.kundval.notification.RecipientDirectory;

/**
 * Sends the outbox: notifications stored in the database are e-mailed afterwards, so a mail
 * server that is down never loses a message or rolls back a choice: while it cannot be reached,
 * messages stay queued without using up their attempts. Runs only when SMTP is
 * configured (spring.mail.host); otherwise messages are read in the portal only. The e-mail
 * says the same as the portal and never contains a personnummer (no notification does).
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 5;

    static final String NEUTRAL_SUBJECT = "Du har ett nytt meddelande i Kundval / You have a new message in Kundval";
    static final String NEUTRAL_TEXT = """
            Hej!

            Du har ett nytt meddelande i Kundval. Logga in på Kundval för att läsa det.
            Svara inte på det här mejlet. Frågor: ring kontaktcenter 08-000 00 00.

            You have a new message in Kundval. Log in to Kundval to read it.
            Do not reply to this e-mail. Questions: call the contact centre, +46 8 000 00 00.

            Saltsjö kommun
            """;

    private final NotificationRepository notifications;
    private final List<RecipientDirectory> directories;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    public NotificationMailer(
            NotificationRepository notifications,
            List<RecipientDirectory> directories,
            ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${kundval.mail.from:kundval@saltsjo.example}") String from) {
        this.notifications = notifications;
        this.directories = directories;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${kundval.mail.interval:PT1M}", initialDelayString = "${kundval.mail.interval:PT1M}")
    public void scheduled() {
        sendPending();
    }

    /** Sends what is waiting; returns how many were sent. Each message is its own transaction. */
    public int sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<Long> ids = notifications.findIdsToMail(PageRequest.of(0, BATCH));
        for (Long id : ids) {
            Boolean ok;
            try {
                ok = transactions.execute(status -> send(sender, id));
            } catch (MailServerUnreachable down) {
                // The server, not this message, is the problem: every message stays queued as it
                // was (no attempt counted) and goes out in a later round, however long the outage.
                log.warn(
                        "Mail server unreachable ({}); {} message(s) stay queued",
                        down.getCause().getClass().getSimpleName(),
                        ids.size() - sent);
                break;
            }
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    /** True when the mail server could not be reached at all (as opposed to refusing this message). */
    static boolean serverUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException
                    || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.NoRouteToHostException
                    || t instanceof jakarta.mail.MessagingException m
                            && m.getMessage() != null
                            && m.getMessage().startsWith("Couldn't connect")) {
                return true;
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                for (Exception failed : send.getFailedMessages().values()) {
                    if (serverUnreachable(failed)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Thrown out of one message's transaction (rolling it back untouched) when the server is down. */
    private static final class MailServerUnreachable extends RuntimeException {
        MailServerUnreachable(MailException cause) {
            super(cause);
        }
    }

    private boolean send(JavaMailSender sender, long id) {
        Notification n = notifications.findById(id).orElse(null);
        if (n == null || n.getMailStatus() != Notification.MailStatus.PENDING) {
            return false;
        }
        String address = directories.stream()
                .filter(d -> d.type() == n.getRecipientType())
                .findFirst()
                .flatMap(d -> d.mailAddress(n.recipientId()))
                .orElse(null);
        if (address == null) {
            // The recipient has no address any more (or no longer wants e-mail): the portal copy is enough.
            n.setMailStatus(Notification.MailStatus.NOT_SENT);
            return false;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        // Neutral on purpose: even the fact that someone is in contact with social services is
        // protected (socialtjänstsekretess), and e-mail is read on shared screens and kept by
        // mail providers. The message itself is read after logging in.
        mail.setSubject(NEUTRAL_SUBJECT);
        mail.setText(NEUTRAL_TEXT);
        try {
            sender.send(mail);
            n.setMailStatus(Notification.MailStatus.SENT);
            n.setMailedAt(clock.instant());
            return true;
        } catch (MailException e) {
            if (serverUnreachable(e)) {
                throw new MailServerUnreachable(e);
            }
            // The id only: the address is personal data.
            log.warn("Could not e-mail notification {}: {}", id, e.getClass().getSimpleName());
            log.debug("Mail failure", e);
            if (n.failedAttempt() >= MAX_ATTEMPTS) {
                n.setMailStatus(Notification.MailStatus.FAILED);
            }
            return false;
        }
    }
}

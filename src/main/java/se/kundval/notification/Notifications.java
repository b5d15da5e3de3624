package se.kundval.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.notification.internal.NotificationRepository;

/**
 * The outbox's entrance for other modules' services: a message is stored in the caller's
 * transaction (so it exists exactly when the change it tells about does) and e-mailed later.
 */
@Component
public class Notifications {

    private final NotificationRepository notifications;

    Notifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Notification save(Notification notification) {
        return notifications.save(notification);
    }
}

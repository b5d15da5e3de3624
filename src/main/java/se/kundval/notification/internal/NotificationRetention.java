package se.kundval.notification.internal;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.shared.RetentionTask;

/** Retention of messages to residents and providers (the inbox and the e-mail outbox). */
@Component
class NotificationRetention implements RetentionTask {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String kind() {
        return "notifications";
    }

    @Override
    @Transactional
    public int removeOlderThan(Instant cutoff) {
        return entityManager
                .createQuery("delete from Notification n where n.createdAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}

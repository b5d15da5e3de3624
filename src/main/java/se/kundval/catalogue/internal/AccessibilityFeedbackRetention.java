package se.kundval.catalogue.internal;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.shared.RetentionTask;

/** Retention of visitors' feedback on accessibility (it may hold a contact), counted from when it came. */
@Component
class AccessibilityFeedbackRetention implements RetentionTask {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String kind() {
        return "accessibility-feedback";
    }

    @Override
    @Transactional
    public int removeOlderThan(Instant cutoff) {
        return entityManager
                .createQuery("delete from AccessibilityFeedback f where f.createdAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}

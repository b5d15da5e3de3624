package se.kundval.catalogue.internal;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.shared.RetentionTask;

/**
 * Retention of visitors' reports of errors in listings, counted from when an officer handled
 * them; a report nobody has handled yet is kept.
 */
@Component
class ErrorReportRetention implements RetentionTask {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String kind() {
        return "error-reports";
    }

    @Override
    @Transactional
    public int removeOlderThan(Instant cutoff) {
        return entityManager
                .createQuery("delete from ListingErrorReport r where r.handledAt is not null and r.handledAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}

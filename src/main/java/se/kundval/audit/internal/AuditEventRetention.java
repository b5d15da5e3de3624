package se.kundval.audit.internal;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.shared.RetentionTask;

/**
 * The one place that deletes audit events: retention of the audit trail itself. The database
 * refuses every other delete (trigger {@code audit_event_no_delete}, Flyway V40); this class
 * declares its cutoff in the session variable {@code @kundval_audit_retention_cutoff} for its one
 * statement, and the trigger still refuses any event that is not older than that cutoff.
 *
 * <p>If the operator takes the DELETE right on {@code audit_event} from the runtime database
 * user (docs/retention.md), set {@code KUNDVAL_RETENTION_AUDIT_EVENTS=0} and let a DBA run the
 * statement below under the migration user instead.
 */
@Component
class AuditEventRetention implements RetentionTask {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String kind() {
        return "audit-events";
    }

    @Override
    @Transactional
    public int removeOlderThan(Instant cutoff) {
        entityManager
                .createNativeQuery("set @kundval_audit_retention_cutoff = :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        try {
            return entityManager
                    .createQuery("delete from AuditEvent a where a.occurredAt < :cutoff")
                    .setParameter("cutoff", cutoff)
                    .executeUpdate();
        } finally {
            // The connection goes back to the pool: the next user must not inherit the exception.
            entityManager
                    .createNativeQuery("set @kundval_audit_retention_cutoff = null")
                    .executeUpdate();
        }
    }
}

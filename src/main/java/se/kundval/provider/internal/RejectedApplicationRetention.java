package se.kundval.provider.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.provider.AccreditationStatus;
import se.kundval.shared.RetentionTask;

/**
 * Retention of rejected accreditation applications with everything in them (attachments,
 * messages, declarations, areas, editors), counted from the decision. The accreditation's own
 * history (the decision and its reason) is kept. Approved applications are the basis of a
 * running accreditation and are kept.
 */
@Component
class RejectedApplicationRetention implements RetentionTask {

    private static final List<String> PARTS = List.of(
            "application_attachment",
            "application_message",
            "application_declaration",
            "application_area",
            "application_editor");

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String kind() {
        return "rejected-applications";
    }

    @Override
    @Transactional
    public int removeOlderThan(Instant cutoff) {
        List<Long> ids = entityManager
                .createQuery(
                        "select a.id from AccreditationApplication a where a.outcome = :rejected"
                                + " and a.decidedAt < :cutoff",
                        Long.class)
                .setParameter("rejected", AccreditationStatus.REJECTED)
                .setParameter("cutoff", cutoff)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        // The parts first (plain foreign keys, no cascade in the schema), then the applications.
        for (String table : PARTS) {
            entityManager
                    .createNativeQuery("delete from " + table + " where application_id in (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return entityManager
                .createQuery("delete from AccreditationApplication a where a.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }
}

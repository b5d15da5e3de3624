package se.kundval.choice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.choice.ChoiceStatus;
import se.kundval.shared.RetentionTask;

/**
 * Retention of choices that are over (ended, withdrawn, or ended because the provider was
 * removed), counted from their last day. Current and waiting choices are never touched; the
 * entitlement and its history stay.
 */
@Component
class EndedChoiceRetention implements RetentionTask {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String kind() {
        return "ended-choices";
    }

    @Override
    @Transactional
    public int removeOlderThan(Instant cutoff) {
        return entityManager
                .createQuery("delete from Choice c where c.status in :over and c.validTo < :cutoff")
                .setParameter(
                        "over", List.of(ChoiceStatus.ENDED, ChoiceStatus.WITHDRAWN, ChoiceStatus.PROVIDER_REMOVED))
                .setParameter("cutoff", LocalDate.ofInstant(cutoff, SWEDEN))
                .executeUpdate();
    }
}

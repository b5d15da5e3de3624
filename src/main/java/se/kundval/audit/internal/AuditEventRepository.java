package se.kundval.audit.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.audit.AuditEvent;

/** Persistence of {@link AuditEvent}; used only by this feature's services. */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    boolean existsByActorAndResidentIdAndActionAndOccurredAtAfter(
            String actor, Long residentId, String action, java.time.Instant since);
}

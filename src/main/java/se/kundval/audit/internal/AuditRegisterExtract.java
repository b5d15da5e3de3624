package se.kundval.audit.internal;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.audit.AuditEvent;
import se.kundval.identity.Role;
import se.kundval.shared.RegisterExtractContributor;

/**
 * The audit module's part of the register extract: "who looked at my data", every event about
 * the resident, with role, action, reason and place; like the page "Vem har tittat", without the
 * staff member's name.
 */
@Component
class AuditRegisterExtract implements RegisterExtractContributor {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public int order() {
        return 60;
    }

    @Override
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public List<Section> sectionsAbout(long residentId, Locale locale) {
        List<Line> lines = entityManager
                .createQuery(
                        "select a from AuditEvent a where a.residentId = :resident order by a.occurredAt, a.id",
                        AuditEvent.class)
                .setParameter("resident", residentId)
                .getResultStream()
                .map(a -> Line.entry(
                        a.getOccurredAt(),
                        "extract.access.text",
                        new Key("role." + a.getActorRole(), a.getActorRole()),
                        new Key("audit.action." + a.getAction(), a.getAction()),
                        a.getReason() == null ? "–" : new Key("assist.reason." + a.getReason(), a.getReason()),
                        a.getUnit() == null ? "–" : a.getUnit()))
                .toList();
        return List.of(new Section("extract.access", null, lines));
    }
}

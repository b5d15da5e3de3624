package se.kundval.commission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.CatalogueService;
import se.kundval.identity.Role;
import se.kundval.register.Registers;
import se.kundval.register.ServiceType;
import se.kundval.shared.InvalidInputException;

/**
 * The commissioning officers' follow-up dashboard: counts over the database for one service type
 * and period, each as a few aggregate queries (never one query per provider or offering).
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    private EntityManager entityManager;

    private final Registers registers;
    private final Clock clock;

    FollowUpService(Registers registers, Clock clock) {
        this.registers = registers;
        this.clock = clock;
    }

    /** The figures for a service type between two dates (both included). */
    @RolesAllowed(Role.HUVUDMAN)
    public FollowUp followUp(String serviceTypeCode, LocalDate from, LocalDate to, Locale locale) {
        Optional<ServiceType> found = registers.serviceType(serviceTypeCode);
        if (found.isEmpty() || from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException(Map.of("period", "commission.followup.invalid"));
        }
        ServiceType type = found.get();
        Instant start = from.atStartOfDay(SWEDEN).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(SWEDEN).toInstant();

        long choicesMade = count("""
                select count(c) from Choice c where c.entitlement.serviceType = :type
                and c.madeAt >= :start and c.madeAt < :end
                and c.madeBy in (se.kundval.choice.ChoiceMadeBy.RESIDENT, se.kundval.choice.ChoiceMadeBy.ASSISTED)
                """, type, start, end);
        long changes = events(type, start, end, "PROVIDER_CHANGED");
        long defaults = events(type, start, end, "DEFAULT_PROVIDER_APPLIED");
        long firstChoices = events(type, start, end, "PROVIDER_CHOSEN");

        List<Object[]> perProvider = entityManager
                .createQuery("""
                select c.offering.provider.name, count(c) from Choice c
                where c.entitlement.serviceType = :type
                and c.status in (se.kundval.choice.ChoiceStatus.ACTIVE, se.kundval.choice.ChoiceStatus.PENDING)
                and c.validFrom <= :today and (c.validTo is null or c.validTo >= :today)
                group by c.offering.provider.name order by count(c) desc, c.offering.provider.name
                """, Object[].class)
                .setParameter("type", type)
                // Customers today: a change of provider that has not started yet is counted from its
                // first day, not beside the provider the person still has (one person, one customer).
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
        long total =
                perProvider.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
        List<FollowUp.ProviderShare> shares = perProvider.stream()
                .map(r -> new FollowUp.ProviderShare(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        total == 0 ? 0 : 100.0 * ((Number) r[1]).longValue() / total))
                .toList();

        List<Object[]> capacity = entityManager
                .createQuery("""
                select o.code, o.provider.name, o.unitName, o.capacity,
                    (select count(c) from Choice c where c.offering = o
                     and c.status in (se.kundval.choice.ChoiceStatus.ACTIVE, se.kundval.choice.ChoiceStatus.PENDING))
                from Offering o where o.serviceType = :type
                and o.accreditation.status = se.kundval.provider.AccreditationStatus.APPROVED
                order by o.provider.name, o.code
                """, Object[].class)
                .setParameter("type", type)
                .getResultList();
        List<FollowUp.CapacityUse> use = capacity.stream()
                .map(r -> new FollowUp.CapacityUse(
                        name((String) r[1], (String) r[2]), ((Number) r[4]).longValue(), ((Number) r[3]).intValue()))
                .toList();

        List<Object[]> decided = entityManager
                .createQuery("""
                select a.submittedAt, a.decidedAt from AccreditationApplication a
                where a.serviceType = :type and a.decidedAt >= :start and a.decidedAt < :end and a.submittedAt is not null
                """, Object[].class)
                .setParameter("type", type)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        List<Long> processing = decided.stream()
                .map(r -> ChronoUnit.DAYS.between(
                        ((Instant) r[0]).atZone(SWEDEN).toLocalDate(),
                        ((Instant) r[1]).atZone(SWEDEN).toLocalDate()))
                .toList();

        LocalDate staleBefore = LocalDate.now(clock).minusMonths(CatalogueService.STALE_AFTER_MONTHS);
        List<Object[]> stale = entityManager
                .createQuery("""
                select o.code, o.provider.name, o.unitName, o.lastConfirmed from Offering o
                where o.serviceType = :type
                and o.accreditation.status = se.kundval.provider.AccreditationStatus.APPROVED
                and (o.lastConfirmed is null or o.lastConfirmed < :staleBefore)
                order by o.lastConfirmed, o.code
                """, Object[].class)
                .setParameter("type", type)
                .setParameter("staleBefore", staleBefore)
                .getResultList();
        List<FollowUp.StaleListing> staleListings = stale.stream()
                .map(r ->
                        new FollowUp.StaleListing((String) r[0], name((String) r[1], (String) r[2]), (LocalDate) r[3]))
                .toList();

        return new FollowUp(
                type.getCode(),
                type.getName().in(locale),
                from,
                to,
                choicesMade,
                changes,
                defaults,
                firstChoices,
                shares,
                use,
                processing,
                staleListings);
    }

    /** A period of whole days, both included. */
    public record Period(LocalDate from, LocalDate to) {}

    /** The period the dashboard opens with: this year so far (1 January to today). */
    @RolesAllowed(Role.HUVUDMAN)
    public Period currentPeriod() {
        LocalDate today = LocalDate.now(clock);
        return new Period(today.withDayOfYear(1), today);
    }

    /** The service types, for the dashboard's choice (code, name). */
    @RolesAllowed(Role.HUVUDMAN)
    public List<String[]> serviceTypes(Locale locale) {
        return registers.serviceTypes().stream()
                .map(t -> new String[] {t.getCode(), t.getName().in(locale)})
                .toList();
    }

    private long events(ServiceType type, Instant start, Instant end, String eventType) {
        return entityManager
                .createQuery("""
                select count(e) from EntitlementEvent e where e.entitlement.serviceType = :type
                and e.eventType = :eventType and e.occurredAt >= :start and e.occurredAt < :end
                """, Long.class)
                .setParameter("type", type)
                .setParameter("eventType", eventType)
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult();
    }

    private long count(String jpql, ServiceType type, Instant start, Instant end) {
        return entityManager
                .createQuery(jpql, Long.class)
                .setParameter("type", type)
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult();
    }

    private static String name(String provider, String unit) {
        return unit == null ? provider : provider + " – " + unit;
    }
}

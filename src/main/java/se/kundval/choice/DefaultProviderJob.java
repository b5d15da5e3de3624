package se.kundval.choice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.kundval.catalogue.Offering;
import se.kundval.catalogue.Offerings;
import se.kundval.choice.internal.ChoiceEntitlementRepository;
import se.kundval.choice.internal.ChoiceRepository;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;
import se.kundval.register.Area;
import se.kundval.register.DefaultProviderRule;
import se.kundval.register.ServiceType;
import se.kundval.shared.GeoPoint;

/**
 * Ickevalsalternativ: applies each service type's stated default-provider rule to entitlements
 * whose deadline passed without a choice, records that it was applied by rule (with the rule's
 * parameters) and tells the resident, who may still change provider. Safe to run twice and on
 * two nodes at once: each entitlement is locked and re-checked in its own transaction.
 */
@Component
public class DefaultProviderJob {

    static final String ACTOR = "ickeval";
    private static final Logger log = LoggerFactory.getLogger(DefaultProviderJob.class);

    private final ChoiceEntitlementRepository entitlements;
    private final ChoiceRepository choices;
    private final Offerings offerings;
    private final Notifications notifications;
    private final ChoiceRegistration registration;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DefaultProviderJob(
            ChoiceEntitlementRepository entitlements,
            ChoiceRepository choices,
            Offerings offerings,
            Notifications notifications,
            ChoiceRegistration registration,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.entitlements = entitlements;
        this.choices = choices;
        this.offerings = offerings;
        this.notifications = notifications;
        this.registration = registration;
        // READ COMMITTED for the same reason as residents' choices: see ChoiceRegistration.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /** Every hour, at a quarter past. */
    @Scheduled(cron = "${kundval.default-provider.cron:0 15 * * * *}")
    public void scheduled() {
        int applied = applyDueDefaults();
        if (applied > 0) {
            log.info("Default provider applied to {} entitlements", applied);
        }
    }

    /** Applies the rule to every overdue entitlement; returns how many got a provider now. */
    public int applyDueDefaults() {
        int applied = 0;
        for (Long id : entitlements.findOverdueIds(LocalDate.now(clock))) {
            Boolean done = transactions.execute(status -> applyTo(id));
            if (Boolean.TRUE.equals(done)) {
                applied++;
            }
        }
        return applied;
    }

    private boolean applyTo(Long entitlementId) {
        ChoiceEntitlement entitlement =
                entitlements.findByIdForUpdate(entitlementId).orElse(null);
        // Another run (or node) may have got here first, or the resident chose meanwhile.
        if (entitlement == null
                || entitlement.getStatus() != EntitlementStatus.WAITING_FOR_CHOICE
                || !entitlement.getDeadline().isBefore(LocalDate.now(clock))) {
            return false;
        }
        ServiceType type = entitlement.getServiceType();
        List<Offering> candidates = candidates(entitlement);
        for (Offering candidate : candidates) {
            try {
                String detail = "rule=" + type.getDefaultRule() + "; candidates=" + candidates.size() + "; chosen="
                        + candidate.getCode();
                registration.register(entitlement, candidate.getCode(), ChoiceMadeBy.DEFAULT_RULE, ACTOR, detail);
                notifications.save(Notification.toResident(
                                entitlement.getResident(),
                                "DEFAULT_PROVIDER",
                                "Du har fått en utförare",
                                "Du valde ingen utförare för " + type.getName().sv()
                                        + " före sista dagen. Enligt kommunens"
                                        + " regel får du "
                                        + candidate.getProvider().getName() + ". Du kan byta utförare när"
                                        + " du vill under Mina val.",
                                clock.instant())
                        .linkingTo(ResidentPages.myChoicesPath(), ResidentPages.MY_CHOICES_LABEL));
                return true;
            } catch (ChoiceRefusedException full) {
                // Full or otherwise not possible: try the next candidate under the same rule.
            }
        }
        entitlement.record(
                clock.instant(),
                ACTOR,
                "DEFAULT_PROVIDER_NOT_POSSIBLE",
                "rule=" + type.getDefaultRule() + "; no listed offering with a place serves the area");
        return false;
    }

    /** The offerings the rule allows, best first. */
    private List<Offering> candidates(ChoiceEntitlement entitlement) {
        ServiceType type = entitlement.getServiceType();
        Area area = entitlement.getResident().getArea();
        List<Offering> listed = offerings.ofServiceType(type).stream()
                .filter(Offering::isListed)
                .filter(o -> area == null
                        || o.getAreas().stream().anyMatch(a -> a.getId().equals(area.getId())))
                .toList();
        DefaultProviderRule rule = type.getDefaultRule();
        if (rule == DefaultProviderRule.MUNICIPAL_OWN_PRODUCTION && type.getDefaultProviderId() != null) {
            return listed.stream()
                    .filter(o -> o.getProvider().getId().equals(type.getDefaultProviderId()))
                    .sorted(Comparator.comparing(Offering::getCode))
                    .toList();
        }
        if (rule == DefaultProviderRule.NEAREST && area != null && area.getCentre() != null) {
            GeoPoint centre = area.getCentre();
            return listed.stream()
                    .filter(o -> o.getLocation() != null)
                    .sorted(Comparator.comparingDouble((Offering o) -> centre.distanceKm(o.getLocation()))
                            .thenComparing(Offering::getCode))
                    .toList();
        }
        // ROTATION: the offering that has received the fewest residents by this rule goes first.
        return listed.stream()
                .sorted(Comparator.comparingLong(
                                (Offering o) -> choices.countByOfferingAndMadeBy(o, ChoiceMadeBy.DEFAULT_RULE))
                        .thenComparing(Offering::getCode))
                .toList();
    }
}

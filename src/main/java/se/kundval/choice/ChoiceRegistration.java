package se.kundval.choice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.Offering;
import se.kundval.catalogue.Offerings;
import se.kundval.choice.ChoiceRefusedException.Reason;
import se.kundval.choice.internal.ChoiceEntitlementRepository;
import se.kundval.choice.internal.ChoiceRepository;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;

/**
 * The rules every choice passes, whoever makes it (the resident, staff on their behalf, or the
 * default-provider rule). Runs inside the caller's transaction, which must be READ COMMITTED so
 * that the place count after waiting for the offering's lock sees what others committed.
 */
@Component
class ChoiceRegistration {

    /** Choices that hold a place with the provider. */
    static final EnumSet<ChoiceStatus> HOLDING_A_PLACE = EnumSet.of(ChoiceStatus.ACTIVE, ChoiceStatus.PENDING);

    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChoiceRepository choices;
    private final ChoiceEntitlementRepository entitlements;
    private final Offerings offerings;
    private final Notifications notifications;
    private final Clock clock;

    ChoiceRegistration(
            ChoiceRepository choices,
            ChoiceEntitlementRepository entitlements,
            Offerings offerings,
            Notifications notifications,
            Clock clock) {
        this.choices = choices;
        this.entitlements = entitlements;
        this.offerings = offerings;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Stores a choice if every rule allows it.
     *
     * @throws ChoiceRefusedException with the reason when a rule forbids it; nothing is stored then
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Receipt register(
            ChoiceEntitlement entitlement, String offeringCode, ChoiceMadeBy madeBy, String actor, String ruleDetail) {
        if (entitlement.getStatus() == EntitlementStatus.ENDED) {
            throw new ChoiceRefusedException(Reason.ENTITLEMENT_ENDED);
        }
        // Confirmations for the same entitlement (two tabs) go one after the other, and the
        // entitlement's choices are read only once this one holds the entitlement: a change then
        // sees (and replaces) the change another tab has just made.
        entitlements.lockForChoosing(entitlement.getId());
        // Everything the rules and the receipt need is read before queueing for the offering's lock,
        // and the rules are checked once without it: a refusal (full, not in your area, …) never
        // queues, and the lock is held only for the recount and the writes.
        Offering offering =
                offerings.forChoosing(offeringCode).orElseThrow(() -> new ChoiceRefusedException(Reason.NOT_LISTED));
        refuseIfForbidden(entitlement, offering);
        // Every confirmation for this offering queues here, so the count below cannot be
        // overtaken by another transaction (READ COMMITTED: it sees what the others committed).
        offerings.lockForChoosing(offering.getId());
        List<Choice> earlier = refuseIfForbidden(entitlement, offering);
        Optional<Choice> current = active(earlier);
        Optional<Choice> waiting = pending(earlier);
        LocalDate today = LocalDate.now(clock);
        // A newer change replaces one still waiting for its date; its place is given back.
        waiting.ifPresent(w -> {
            w.setStatus(ChoiceStatus.WITHDRAWN);
            w.setValidTo(w.getValidFrom());
            entitlement.record(clock.instant(), actor, "CHANGE_REPLACED", "reference " + w.getReference());
        });
        boolean change = current.isPresent();
        LocalDate validFrom =
                change ? today.plusDays(entitlement.getServiceType().getNoticePeriodDays()) : today;
        Choice choice = new Choice(
                newReference(),
                entitlement,
                offering,
                change ? ChoiceStatus.PENDING : ChoiceStatus.ACTIVE,
                clock.instant(),
                validFrom,
                madeBy,
                actor);
        choice.setDefaultRuleDetail(ruleDetail);
        choices.save(choice);
        current.ifPresent(old -> old.setValidTo(validFrom.minusDays(1)));
        entitlement.setStatus(
                madeBy == ChoiceMadeBy.DEFAULT_RULE ? EntitlementStatus.DEFAULT_APPLIED : EntitlementStatus.CHOSEN);
        entitlement.record(
                clock.instant(),
                actor,
                madeBy == ChoiceMadeBy.DEFAULT_RULE
                        ? "DEFAULT_PROVIDER_APPLIED"
                        : change ? "PROVIDER_CHANGED" : "PROVIDER_CHOSEN",
                "offering " + offering.getCode() + ", reference " + choice.getReference() + ", from " + validFrom);
        // The provider learns of a new customer; the message carries no personnummer.
        notifications.save(Notification.toProvider(
                        offering.getProvider(),
                        "NEW_CUSTOMER",
                        "Ny kund: " + entitlement.getServiceType().getName().sv(),
                        "En ny kund har valt er (referens " + choice.getReference() + ") från "
                                + validFrom.format(java.time.format.DateTimeFormatter.ofPattern(
                                        "d MMMM yyyy", java.util.Locale.of("sv")))
                                + ". Kontakta kunden och bekräfta när ni börjar.",
                        clock.instant())
                .linkingTo(
                        ProviderCustomerPages.customerPath(choice.getReference()),
                        ProviderCustomerPages.CUSTOMER_LABEL));
        return new Receipt(
                choice.getReference(),
                offering.getCode(),
                offering.getProvider().getName(),
                validFrom,
                change);
    }

    /** Applies the rules with the places taken and the entitlement's choices as committed now. */
    private List<Choice> refuseIfForbidden(ChoiceEntitlement entitlement, Offering offering) {
        List<Choice> earlier = choices.findByEntitlementOrderByMadeAtDesc(entitlement);
        long taken = choices.countHoldingAPlace(offering);
        refusal(entitlement, offering, taken, earlier).ifPresent(reason -> {
            throw new ChoiceRefusedException(reason);
        });
        return earlier;
    }

    /**
     * The first rule that forbids choosing the offering for the entitlement, if any. Used here,
     * under the offering's lock, and by the catalogue's choosing mode to explain beforehand.
     *
     * @param taken   places the offering's choices hold now
     * @param earlier the entitlement's choices, newest first
     */
    static Optional<Reason> refusal(ChoiceEntitlement e, Offering o, long taken, List<Choice> earlier) {
        if (e.getStatus() == EntitlementStatus.ENDED) {
            return Optional.of(Reason.ENTITLEMENT_ENDED);
        }
        if (!o.isListed()) {
            return Optional.of(Reason.NOT_LISTED);
        }
        if (!o.getServiceType().getId().equals(e.getServiceType().getId())) {
            return Optional.of(Reason.WRONG_SERVICE_TYPE);
        }
        if (e.getResident().getArea() != null
                && o.getAreas().stream()
                        .noneMatch(
                                a -> a.getId().equals(e.getResident().getArea().getId()))) {
            return Optional.of(Reason.AREA_NOT_SERVED);
        }
        if (active(earlier)
                        .filter(c -> c.getOffering().getId().equals(o.getId()))
                        .isPresent()
                || pending(earlier)
                        .filter(c -> c.getOffering().getId().equals(o.getId()))
                        .isPresent()) {
            return Optional.of(Reason.ALREADY_CHOSEN);
        }
        if (!o.isTakesNewCustomers()) {
            return Optional.of(Reason.NOT_TAKING_NEW_CUSTOMERS);
        }
        if (taken >= o.getCapacity()) {
            return Optional.of(Reason.FULL);
        }
        return Optional.empty();
    }

    /** The choice in effect (or in effect until its end date); a change waiting for its date is not. */
    static Optional<Choice> active(List<Choice> choicesOfEntitlement) {
        return choicesOfEntitlement.stream()
                .filter(c -> c.getStatus() == ChoiceStatus.ACTIVE)
                .findFirst();
    }

    /** A change of provider waiting for its first day. */
    static Optional<Choice> pending(List<Choice> choicesOfEntitlement) {
        return choicesOfEntitlement.stream()
                .filter(c -> c.getStatus() == ChoiceStatus.PENDING)
                .findFirst();
    }

    private static String newReference() {
        StringBuilder sb =
                new StringBuilder("KV-").append(Year.now().getValue()).append('-');
        for (int i = 0; i < 6; i++) {
            sb.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return sb.toString();
    }
}

package se.kundval.choice;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import se.kundval.catalogue.Offering;
import se.kundval.catalogue.OfferingRepository;
import se.kundval.choice.ChoiceRefusedException.Reason;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;

/**
 * Choosing and changing provider. The capacity rule is enforced here: the offering's row is
 * locked (SELECT … FOR UPDATE) while its places are counted, so concurrent confirmations can
 * never take more places than the provider declared; a refused choice writes nothing.
 */
@Service
@Transactional
public class ChoiceService {

    /** Choices that hold a place with the provider. */
    static final EnumSet<ChoiceStatus> HOLDING_A_PLACE = EnumSet.of(ChoiceStatus.ACTIVE, ChoiceStatus.PENDING);
    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChoiceEntitlementRepository entitlements;
    private final ChoiceRepository choices;
    private final OfferingRepository offerings;
    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ChoiceService(ChoiceEntitlementRepository entitlements, ChoiceRepository choices,
            OfferingRepository offerings, NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.entitlements = entitlements;
        this.choices = choices;
        this.offerings = offerings;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The logged-in resident chooses (or changes to) a provider for one of their entitlements.
     *
     * @throws ChoiceRefusedException when a rule forbids it; nothing is stored then
     */
    @RolesAllowed(Role.RESIDENT)
    // READ COMMITTED: after waiting for the offering's lock, the count of places must see the
    // choices other transactions committed meanwhile (MariaDB's default REPEATABLE READ would
    // count from the snapshot taken at this transaction's first read, and overbook).
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Receipt choose(long entitlementId, String offeringCode) {
        KundvalUser user = currentUser.get().orElseThrow(() -> new ChoiceRefusedException(Reason.NOT_YOUR_ENTITLEMENT));
        ChoiceEntitlement entitlement = entitlements.findById(entitlementId)
                .filter(e -> user.personnummer().map(p -> p.equals(e.getResident().getPersonnummer())).orElse(false))
                .orElseThrow(() -> new ChoiceRefusedException(Reason.NOT_YOUR_ENTITLEMENT));
        return register(entitlement, offeringCode, ChoiceMadeBy.RESIDENT, user.username());
    }

    private Receipt register(ChoiceEntitlement entitlement, String offeringCode, ChoiceMadeBy madeBy, String actor) {
        if (entitlement.getStatus() == EntitlementStatus.ENDED) {
            throw new ChoiceRefusedException(Reason.ENTITLEMENT_ENDED);
        }
        // Lock the offering first: every confirmation for it queues here, so the count below
        // cannot be overtaken by another transaction.
        Offering offering = offerings.findByCodeForUpdate(offeringCode)
                .orElseThrow(() -> new ChoiceRefusedException(Reason.NOT_LISTED));
        if (!offering.isListed()) {
            throw new ChoiceRefusedException(Reason.NOT_LISTED);
        }
        if (!offering.getServiceType().getId().equals(entitlement.getServiceType().getId())) {
            throw new ChoiceRefusedException(Reason.WRONG_SERVICE_TYPE);
        }
        if (entitlement.getResident().getArea() != null && offering.getAreas().stream()
                .noneMatch(a -> a.getId().equals(entitlement.getResident().getArea().getId()))) {
            throw new ChoiceRefusedException(Reason.AREA_NOT_SERVED);
        }
        Optional<Choice> current = currentChoice(entitlement);
        if (current.isPresent() && current.get().getOffering().getId().equals(offering.getId())) {
            throw new ChoiceRefusedException(Reason.ALREADY_CHOSEN);
        }
        if (!offering.isTakesNewCustomers()) {
            throw new ChoiceRefusedException(Reason.NOT_TAKING_NEW_CUSTOMERS);
        }
        if (choices.countByOfferingAndStatusIn(offering, HOLDING_A_PLACE) >= offering.getCapacity()) {
            throw new ChoiceRefusedException(Reason.FULL);
        }
        LocalDate today = LocalDate.now(clock);
        boolean change = current.isPresent();
        LocalDate validFrom = change ? today.plusDays(entitlement.getServiceType().getNoticePeriodDays()) : today;
        Choice choice = new Choice(newReference(), entitlement, offering, change ? ChoiceStatus.PENDING : ChoiceStatus.ACTIVE,
                clock.instant(), validFrom, madeBy, actor);
        choices.save(choice);
        current.ifPresent(old -> old.setValidTo(validFrom.minusDays(1)));
        entitlement.setStatus(EntitlementStatus.CHOSEN);
        entitlement.record(clock.instant(), actor, change ? "PROVIDER_CHANGED" : "PROVIDER_CHOSEN",
                "offering " + offering.getCode() + ", reference " + choice.getReference() + ", from " + validFrom);
        // The provider learns of a new customer; the message carries no personnummer.
        notifications.save(Notification.toProvider(offering.getProvider(), "NEW_CUSTOMER",
                "Ny kund: " + entitlement.getServiceType().getName().sv(),
                "En ny kund har valt er (referens " + choice.getReference() + ") från " + validFrom
                        + ". Se Nya kunder i er kontorsvy.", clock.instant()));
        return new Receipt(choice.getReference(), offering.getCode(), offering.getProvider().getName(), validFrom, change);
    }

    /** The choice in effect or waiting to take effect that a new choice would replace. */
    private Optional<Choice> currentChoice(ChoiceEntitlement entitlement) {
        List<Choice> all = choices.findByEntitlementOrderByMadeAtDesc(entitlement);
        return all.stream().filter(c -> HOLDING_A_PLACE.contains(c.getStatus()) && c.getValidTo() == null).findFirst();
    }

    private static String newReference() {
        StringBuilder sb = new StringBuilder("KV-").append(Year.now().getValue()).append('-');
        for (int i = 0; i < 6; i++) {
            sb.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return sb.toString();
    }
}

package se.kundval.choice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.audit.AuditTrail;
import se.kundval.catalogue.ChoosingSupport;
import se.kundval.catalogue.Offering;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.Offerings;
import se.kundval.choice.ChoiceRefusedException.Reason;
import se.kundval.choice.internal.ChoiceEntitlementRepository;
import se.kundval.choice.internal.ChoiceRepository;
import se.kundval.choice.ui.ChoiceNavigation;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;
import se.kundval.register.Registers;
import se.kundval.register.ServicePoint;
import se.kundval.register.Specialisation;
import se.kundval.shared.InvalidInputException;

/**
 * Choosing and changing provider, for the logged-in resident. The rules, including the capacity
 * rule (the offering's row is locked while its places are counted, so concurrent confirmations
 * never take more places than the provider declared), are in {@link ChoiceRegistration}. Every
 * method works only on the logged-in resident's own entitlements and choices.
 */
@Service
@Transactional
public class ChoiceService implements ChoosingSupport {

    /** The audit action of a service-point look-up, which an assisted choice must follow. */
    public static final String ASSIST_LOOK_UP = "ASSIST_LOOK_UP";

    /** Dates in messages, which are written in Swedish ("12 december 2026"). */
    private static final java.time.format.DateTimeFormatter SWEDISH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));

    /** How long a look-up lets the same staff member act for the visitor. */
    private static final java.time.Duration LOOK_UP_VALID = java.time.Duration.ofMinutes(15);

    private final Registers registers;
    private final ChoiceEntitlementRepository entitlements;
    private final ChoiceRepository choices;
    private final Offerings offerings;
    private final Notifications notifications;
    private final ChoiceRegistration registration;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    public ChoiceService(
            Registers registers,
            ChoiceEntitlementRepository entitlements,
            ChoiceRepository choices,
            Offerings offerings,
            Notifications notifications,
            ChoiceRegistration registration,
            CurrentUser currentUser,
            Clock clock,
            AuditTrail audit) {
        this.registers = registers;
        this.audit = audit;
        this.entitlements = entitlements;
        this.choices = choices;
        this.offerings = offerings;
        this.notifications = notifications;
        this.registration = registration;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** "Mina val": the logged-in resident's own entitlements with their choices. Nobody else's. */
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public List<EntitlementSummary> myEntitlements(Locale locale) {
        return currentUser
                .get()
                .flatMap(KundvalUser::personnummer)
                .map(p -> entitlements.findForResident(p.digits()).stream()
                        .map(e -> summary(e, locale))
                        .toList())
                .orElse(List.of());
    }

    private EntitlementSummary summary(ChoiceEntitlement e, Locale locale) {
        List<Choice> all = choices.findByEntitlementOrderByMadeAtDesc(e);
        List<EntitlementSummary.ChoiceLine> history = all.stream()
                .map(c -> new EntitlementSummary.ChoiceLine(
                        displayName(c.getOffering()),
                        c.getReference(),
                        c.getStatus(),
                        c.getMadeBy(),
                        c.getValidFrom(),
                        c.getValidTo(),
                        c.getStartDate()))
                .toList();
        String current = current(all).map(c -> displayName(c.getOffering())).orElse(null);
        String pending = all.stream()
                .filter(c -> c.getStatus() == ChoiceStatus.PENDING)
                .map(Choice::getReference)
                .findFirst()
                .orElse(null);
        return new EntitlementSummary(
                e.getId(),
                e.getServiceType().getCode(),
                e.getServiceType().getName().in(locale),
                e.getScope(),
                e.getServiceType().getScopeUnit(),
                e.getDeadline(),
                e.getStatus(),
                current,
                history,
                pending);
    }

    /** The choice in effect now; a change waiting for its date is shown separately. */
    private static Optional<Choice> current(List<Choice> all) {
        return ChoiceRegistration.active(all);
    }

    static String displayName(Offering o) {
        return o.getProvider().getName() + (o.getUnitName() == null ? "" : " – " + o.getUnitName());
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
        ChoiceEntitlement entitlement =
                own(entitlementId).orElseThrow(() -> new ChoiceRefusedException(Reason.NOT_YOUR_ENTITLEMENT));
        Receipt receipt =
                registration.register(entitlement, offeringCode, ChoiceMadeBy.RESIDENT, user.username(), null);
        confirmToResident(entitlement, receipt);
        return receipt;
    }

    /**
     * Every choice or change gets a message in the resident's Meddelanden (and an e-mail if they
     * asked for one), so the resident has it in writing even if they closed the receipt.
     */
    private void confirmToResident(ChoiceEntitlement entitlement, Receipt receipt) {
        String service = entitlement.getServiceType().getName().sv().toLowerCase(Locale.ROOT);
        String subject;
        String body;
        if (receipt.changeOfProvider()) {
            subject = "Du byter till " + receipt.providerName();
            body = "Du har valt att byta till " + receipt.providerName() + " för " + service + ". Bytet gäller från "
                    + receipt.validFrom().format(SWEDISH_DATE) + ". Din nuvarande utförare fortsätter till och med "
                    + receipt.validFrom().minusDays(1).format(SWEDISH_DATE) + ". Du kan ångra bytet under Mina val"
                    + " fram till dess. Referens " + receipt.reference() + ".";
        } else {
            subject = "Du har valt " + receipt.providerName();
            body = "Du har valt " + receipt.providerName() + " för " + service + " från "
                    + receipt.validFrom().format(SWEDISH_DATE) + ". Utföraren kontaktar dig för att planera hur och"
                    + " när du får stöd. Referens " + receipt.reference() + ".";
        }
        notifications.save(Notification.toResident(
                        entitlement.getResident(),
                        receipt.changeOfProvider() ? "CHANGE_MADE" : "CHOICE_MADE",
                        subject,
                        body,
                        clock.instant())
                .linkingTo(ResidentPages.receiptPath(receipt.reference()), ResidentPages.RECEIPT_LABEL));
    }

    private Optional<ChoiceEntitlement> own(long entitlementId) {
        Optional<String> personnummer =
                currentUser.get().flatMap(KundvalUser::personnummer).map(p -> p.digits());
        return entitlements
                .findWithResident(entitlementId)
                .filter(e -> personnummer.isPresent()
                        && e.getResident().getPersonnummer().digits().equals(personnummer.get()));
    }

    @Override
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public Optional<Choosing> choosing(long entitlementId, Locale locale) {
        return own(entitlementId)
                .filter(e -> e.getStatus() != EntitlementStatus.ENDED)
                .map(this::choosingOf);
    }

    private Choosing choosingOf(ChoiceEntitlement e) {
        return new Choosing(
                e.getId(),
                e.getServiceType().getCode(),
                e.getResident().getArea() == null
                        ? null
                        : e.getResident().getArea().getCode(),
                new OfferingQuery.Wishes(
                        e.getWishedLanguages(),
                        e.getWishedSpecialisations().stream()
                                .map(Specialisation::getCode)
                                .collect(Collectors.toSet())),
                current(choices.findByEntitlementOrderByMadeAtDesc(e)).isPresent());
    }

    @Override
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public Map<String, String> notChoosable(long entitlementId, Collection<String> offeringCodes) {
        Optional<ChoiceEntitlement> entitlement = own(entitlementId);
        Map<String, String> reasons = new HashMap<>();
        if (entitlement.isEmpty() || offeringCodes.isEmpty()) {
            offeringCodes.forEach(code -> reasons.put(code, Reason.NOT_YOUR_ENTITLEMENT.name()));
            return reasons;
        }
        return reasonsFor(entitlement.get(), offeringCodes);
    }

    /** Why each of these offerings cannot be chosen for the entitlement (reason names); choosable ones are absent. */
    private Map<String, String> reasonsFor(ChoiceEntitlement entitlement, Collection<String> offeringCodes) {
        Map<String, String> reasons = new HashMap<>();
        Map<String, Long> taken = new HashMap<>();
        choices.countPlaces(offeringCodes, ChoiceRegistration.HOLDING_A_PLACE)
                .forEach(row -> taken.put((String) row[0], ((Number) row[1]).longValue()));
        List<Choice> earlier = choices.findByEntitlementOrderByMadeAtDesc(entitlement);
        for (Offering o : offerings.byCodes(offeringCodes)) {
            ChoiceRegistration.refusal(entitlement, o, taken.getOrDefault(o.getCode(), 0L), earlier)
                    .ifPresent(r -> reasons.put(o.getCode(), r.name()));
        }
        return reasons;
    }

    @Override
    @RolesAllowed(Role.RESIDENT)
    public String confirmationPath(long entitlementId, String offeringCode) {
        return ChoiceNavigation.confirmChoice(entitlementId, offeringCode);
    }

    /** What the resident confirms; empty if the entitlement is not theirs or the offering unknown. */
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public Optional<ChoiceConfirmation> confirmation(long entitlementId, String offeringCode, Locale locale) {
        Optional<ChoiceEntitlement> found = own(entitlementId);
        Optional<Offering> offering =
                offerings.byCodes(List.of(offeringCode)).stream().findFirst();
        if (found.isEmpty() || offering.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(confirmationOf(found.get(), offering.get(), locale));
    }

    private ChoiceConfirmation confirmationOf(ChoiceEntitlement e, Offering o, Locale locale) {
        List<Choice> earlier = choices.findByEntitlementOrderByMadeAtDesc(e);
        Optional<Choice> current = current(earlier);
        long taken = choices.countHoldingAPlace(o);
        var type = e.getServiceType();
        LocalDate today = LocalDate.now(clock);
        return new ChoiceConfirmation(
                e.getId(),
                o.getCode(),
                displayName(o),
                type.getCode(),
                type.getName().in(locale),
                e.getScope(),
                type.getScopeUnit(),
                type.getFirstContactWorkingDays(),
                type.getNoticePeriodDays(),
                current.map(c -> displayName(c.getOffering())).orElse(null),
                current.isPresent() ? today.plusDays(type.getNoticePeriodDays()) : today,
                e.getDeadline(),
                type.getDefaultRuleExplanation() == null
                        ? ""
                        : type.getDefaultRuleExplanation().in(locale),
                ChoiceRegistration.refusal(e, o, taken, earlier).orElse(null));
    }

    /** The receipt of one of the resident's own choices. */
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public Optional<ChoiceReceipt> receipt(String reference, Locale locale) {
        return ownChoice(reference).map(c -> receiptOf(c, locale));
    }

    private ChoiceReceipt receiptOf(Choice c, Locale locale) {
        var type = c.getEntitlement().getServiceType();
        Offering o = c.getOffering();
        return new ChoiceReceipt(
                c.getReference(),
                displayName(o),
                o.getPhone() != null ? o.getPhone() : o.getProvider().getPhone(),
                type.getName().in(locale),
                c.getEntitlement().getScope(),
                type.getScopeUnit(),
                c.getMadeAt(),
                c.getValidFrom(),
                type.getFirstContactWorkingDays(),
                c.getStatus() == ChoiceStatus.PENDING
                        || choices.findByEntitlementOrderByMadeAtDesc(c.getEntitlement())
                                        .size()
                                > 1,
                c.getStatus());
    }

    private Optional<Choice> ownChoice(String reference) {
        Optional<String> personnummer =
                currentUser.get().flatMap(KundvalUser::personnummer).map(p -> p.digits());
        return choices.findByReference(reference)
                .filter(c -> personnummer.isPresent()
                        && c.getEntitlement()
                                .getResident()
                                .getPersonnummer()
                                .digits()
                                .equals(personnummer.get()));
    }

    /**
     * Withdraws a change of provider that has not taken effect: the earlier provider simply
     * continues. Both stay in the history.
     *
     * @return false if there is no such change of the resident's waiting to take effect
     */
    @RolesAllowed(Role.RESIDENT)
    public boolean withdraw(String reference) {
        Optional<Choice> found = ownChoice(reference)
                .filter(c -> c.getStatus() == ChoiceStatus.PENDING
                        && c.getValidFrom().isAfter(LocalDate.now(clock)));
        if (found.isEmpty()) {
            return false;
        }
        Choice change = found.get();
        ChoiceEntitlement entitlement = change.getEntitlement();
        change.setStatus(ChoiceStatus.WITHDRAWN);
        change.setValidTo(change.getValidFrom());
        LocalDate lastDayOfOld = change.getValidFrom().minusDays(1);
        choices.findByEntitlementOrderByMadeAtDesc(entitlement).stream()
                .filter(c -> c.getStatus() == ChoiceStatus.ACTIVE && lastDayOfOld.equals(c.getValidTo()))
                .forEach(c -> c.setValidTo(null));
        String actor = currentUser.get().map(KundvalUser::username).orElseThrow();
        entitlement.record(clock.instant(), actor, "CHANGE_WITHDRAWN", "reference " + change.getReference());
        notifications.save(Notification.toProvider(
                        change.getOffering().getProvider(),
                        "CHANGE_WITHDRAWN",
                        "Återkallat val: "
                                + entitlement.getServiceType().getName().sv(),
                        "Kunden med referens " + change.getReference()
                                + " har återkallat sitt val av er. Kunden börjar"
                                + " alltså inte hos er.",
                        clock.instant())
                .linkingTo(
                        ProviderCustomerPages.customerPath(change.getReference()),
                        ProviderCustomerPages.CUSTOMER_LABEL));
        notifications.save(Notification.toResident(
                        entitlement.getResident(),
                        "CHANGE_WITHDRAWN",
                        "Du har ångrat bytet",
                        "Du har ångrat bytet till " + displayName(change.getOffering()) + " för "
                                + entitlement.getServiceType().getName().sv().toLowerCase(Locale.ROOT)
                                + ". Du fortsätter hos den utförare du har i dag. Referens " + change.getReference()
                                + ".",
                        clock.instant())
                .linkingTo(ResidentPages.myChoicesPath(), ResidentPages.MY_CHOICES_LABEL));
        return true;
    }

    /**
     * Service-point staff register a choice on a visitor's behalf. The operation itself enforces
     * the rules, whoever calls it: the staff member's own service point (from their identity), the
     * visitor's consent, and a look-up of this visitor by this staff member in the last 15 minutes;
     * the choice is written to the audit trail, which the visitor sees. Stored as "assisted by staff
     * at service point".
     *
     * @throws InvalidInputException without consent, without a service point, or without a recent look-up
     */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Receipt chooseAssisted(long entitlementId, String offeringCode, boolean consent) {
        KundvalUser staff = currentUser.get().orElseThrow();
        ServicePoint point = staff.servicePoint()
                .flatMap(registers::servicePoint)
                .orElseThrow(() -> new InvalidInputException(Map.of("servicePoint", "assist.servicePoint.required")));
        if (!consent) {
            throw new InvalidInputException(Map.of("consent", "assist.consent.required"));
        }
        ChoiceEntitlement entitlement = entitlements
                .findById(entitlementId)
                .orElseThrow(() -> new InvalidInputException(Map.of("visitor", "assist.lookUp.required")));
        long residentId = entitlement.getResident().getId();
        if (!audit.lookedUpSince(
                staff.username(), residentId, ASSIST_LOOK_UP, clock.instant().minus(LOOK_UP_VALID))) {
            throw new InvalidInputException(Map.of("visitor", "assist.lookUp.required"));
        }
        Receipt receipt =
                registration.register(entitlement, offeringCode, ChoiceMadeBy.ASSISTED, staff.username(), null);
        choices.findByReference(receipt.reference()).ifPresent(c -> c.setServicePoint(point));
        tellResidentAboutAssistedChoice(entitlement, receipt, point);
        audit.record(
                staff.username(),
                Role.SERVICEPUNKT,
                residentId,
                "ASSIST_CHOICE",
                "CONSENT_GIVEN",
                point.getId(),
                point.getName(),
                "reference " + receipt.reference());
        return receipt;
    }

    /**
     * The resident learns in their Meddelanden that a choice was registered for them at the service
     * point, with a link to the receipt, so a choice they did not make themselves never goes unnoticed.
     */
    private void tellResidentAboutAssistedChoice(ChoiceEntitlement entitlement, Receipt receipt, ServicePoint point) {
        String service = entitlement.getServiceType().getName().sv().toLowerCase(Locale.ROOT);
        String body = "Personal på " + point.getName() + " har registrerat ditt val av " + receipt.providerName()
                + " för " + service + ", med ditt samtycke. Valet gäller från "
                + receipt.validFrom().format(SWEDISH_DATE) + ". "
                + (receipt.changeOfProvider()
                        ? "Din nuvarande utförare fortsätter till och med "
                                + receipt.validFrom().minusDays(1).format(SWEDISH_DATE)
                                + ". Du kan ångra bytet under Mina val fram till dess. "
                        : "Utföraren kontaktar dig för att planera hur och när du får stöd. ")
                + "Om du inte känner igen valet, kontakta kommunen. Referens " + receipt.reference() + ".";
        notifications.save(Notification.toResident(
                        entitlement.getResident(),
                        "ASSISTED_CHOICE_MADE",
                        "Ditt val av " + receipt.providerName() + " är registrerat på servicepunkten",
                        body,
                        clock.instant())
                .linkingTo(ResidentPages.receiptPath(receipt.reference()), ResidentPages.RECEIPT_LABEL));
    }

    /**
     * The entitlement, if its resident was looked up by the logged-in staff member in the last 15
     * minutes (the look-up is audited with a reason); otherwise nothing.
     */
    private Optional<ChoiceEntitlement> lookedUp(long entitlementId) {
        String staff = currentUser.get().map(KundvalUser::username).orElseThrow();
        return entitlements
                .findWithResident(entitlementId)
                .filter(e -> audit.lookedUpSince(
                        staff,
                        e.getResident().getId(),
                        ASSIST_LOOK_UP,
                        clock.instant().minus(LOOK_UP_VALID)));
    }

    /**
     * The visitor's entitlement as the result list uses it when service-point staff choose with the
     * visitor: the same area and wishes as the resident's own choosing list. Only after a recent
     * look-up by this staff member.
     */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public Optional<Choosing> assistedChoosing(long entitlementId) {
        return lookedUp(entitlementId)
                .filter(e -> e.getStatus() != EntitlementStatus.ENDED)
                .map(this::choosingOf);
    }

    /** Why offerings cannot be chosen for the visitor's entitlement: the same rules as the resident's list. */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public Map<String, String> assistedNotChoosable(long entitlementId, Collection<String> offeringCodes) {
        Optional<ChoiceEntitlement> entitlement = lookedUp(entitlementId);
        if (entitlement.isEmpty() || offeringCodes.isEmpty()) {
            Map<String, String> reasons = new HashMap<>();
            offeringCodes.forEach(code -> reasons.put(code, Reason.NOT_YOUR_ENTITLEMENT.name()));
            return reasons;
        }
        return reasonsFor(entitlement.get(), offeringCodes);
    }

    /** What staff check with the visitor before registering (check your answers). */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public Optional<ChoiceConfirmation> assistedConfirmation(long entitlementId, String offeringCode, Locale locale) {
        Optional<ChoiceEntitlement> found = lookedUp(entitlementId);
        Optional<Offering> offering =
                offerings.byCodes(List.of(offeringCode)).stream().findFirst();
        if (found.isEmpty() || offering.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(confirmationOf(found.get(), offering.get(), locale));
    }

    /** The receipt of a choice this staff member registered at the service point; nobody else's. */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public Optional<ChoiceReceipt> assistedReceipt(String reference, Locale locale) {
        String staff = currentUser.get().map(KundvalUser::username).orElseThrow();
        return choices.findByReference(reference)
                .filter(c -> c.getMadeBy() == ChoiceMadeBy.ASSISTED && staff.equals(c.getActor()))
                .map(c -> receiptOf(c, locale));
    }

    /** The visitor's entitlements again (e.g. after a choice), for the staff member who looked them up. */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public List<EntitlementSummary> assistedEntitlements(long entitlementId, Locale locale) {
        return lookedUp(entitlementId)
                .map(e -> entitlements
                        .findForResident(e.getResident().getPersonnummer().digits())
                        .stream()
                        .map(x -> summary(x, locale))
                        .toList())
                .orElse(List.of());
    }

    /** A visitor's entitlements as the service-point staff see them after a look-up. */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public List<EntitlementSummary> entitlementsOf(Personnummer personnummer, Locale locale) {
        List<ChoiceEntitlement> found = entitlements.findForResident(personnummer.digits());
        // Only for a visitor this staff member has just looked up, with a reason (the look-up is audited).
        String staff = currentUser.get().map(KundvalUser::username).orElseThrow();
        if (!found.isEmpty()
                && !audit.lookedUpSince(
                        staff,
                        found.get(0).getResident().getId(),
                        ASSIST_LOOK_UP,
                        clock.instant().minus(LOOK_UP_VALID))) {
            throw new ChoiceRefusedException(Reason.NOT_YOUR_ENTITLEMENT);
        }
        return found.stream().map(e -> summary(e, locale)).toList();
    }
}

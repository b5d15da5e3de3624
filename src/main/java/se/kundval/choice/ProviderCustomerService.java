package se.kundval.choice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.audit.AuditTrail;
import se.kundval.choice.internal.ChoiceRepository;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Organisationsnummer;
import se.kundval.identity.Role;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;

/**
 * The provider's new customers: the choices made for its offerings. Only the provider's own
 * (by the organisation number of the login); each customer shown is written to the audit trail,
 * as every read of a resident's data by staff outside the municipality must be.
 */
@Service
@Transactional
public class ProviderCustomerService {

    /** How far ahead a start date may be set. */
    static final int MAX_START_DAYS = 90;

    private final ChoiceRepository choices;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    /** Days after a choice ended during which the provider still sees the former customer's phone and e-mail. */
    private final int formerCustomerContactDays;

    ProviderCustomerService(
            ChoiceRepository choices,
            Notifications notifications,
            AuditTrail audit,
            CurrentUser currentUser,
            Clock clock,
            @Value("${kundval.provider.former-customer-contact-days}") int formerCustomerContactDays) {
        this.formerCustomerContactDays = formerCustomerContactDays;
        this.choices = choices;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Customers waiting for acknowledgement first, then current ones, then ended ones (newest first). */
    @RolesAllowed(Role.PROVIDER)
    public List<CustomerLine> myCustomers(Locale locale) {
        KundvalUser user = user();
        List<Choice> own = choices.findForProvider(orgnr(user));
        LocalDate today = LocalDate.now(clock);
        return own.stream()
                .map(c -> {
                    Resident r = c.getEntitlement().getResident();
                    // A former customer's phone and e-mail are needed for a while (the last invoice, things
                    // left behind), not for ever: after the set period they are no longer shown.
                    LocalDate shownUntil =
                            c.getValidTo() == null ? null : c.getValidTo().plusDays(formerCustomerContactDays);
                    boolean withheld = shownUntil != null && today.isAfter(shownUntil);
                    audit.record(
                            user.username(),
                            Role.PROVIDER,
                            r.getId(),
                            "PROVIDER_READ_CUSTOMER",
                            "choice " + c.getReference());
                    return new CustomerLine(
                            c.getReference(),
                            r.getFullName(),
                            r.getContactPreference(),
                            withheld ? null : r.getPhone(),
                            withheld ? null : r.getEmail(),
                            c.getEntitlement().getServiceType().getName().in(locale),
                            ChoiceService.displayName(c.getOffering()),
                            c.getEntitlement().getScope(),
                            c.getEntitlement().getServiceType().getScopeUnit(),
                            c.getValidFrom(),
                            c.getStatus(),
                            c.getValidTo(),
                            c.getAcknowledgedAt(),
                            c.getStartDate(),
                            shownUntil,
                            c.getVersion());
                })
                .sorted(Comparator.comparing((CustomerLine l) -> !l.waitingForAcknowledgement())
                        .thenComparing(l -> l.endsOn() != null && l.endsOn().isBefore(LocalDate.now(clock)))
                        .thenComparing(CustomerLine::wishedStart, Comparator.reverseOrder()))
                .toList();
    }

    /** How many new customers wait for the provider to acknowledge them. */
    @RolesAllowed(Role.PROVIDER)
    @Transactional(readOnly = true)
    public long countWaiting() {
        return choices.countWaitingForProvider(orgnr(user()));
    }

    /**
     * The provider acknowledges a new customer and sets the start date, which the resident then
     * sees under Mina val and is told about.
     *
     * @param seenVersion the choice's version as the provider saw it ({@link CustomerLine#version})
     * @return false if there is no such choice of the provider's own
     * @throws InvalidInputException for a start date in the past or too far ahead
     * @throws ConcurrentEditException when the choice changed since it was shown (e.g. a second
     *     click, or a colleague acknowledged it first); nothing is stored then
     */
    @RolesAllowed(Role.PROVIDER)
    public boolean acknowledge(String reference, long seenVersion, LocalDate startDate) {
        KundvalUser user = user();
        Optional<Choice> found = choices.lockByReference(reference)
                .filter(c -> c.getOffering().getProvider().getOrgnr().toString().equals(orgnr(user)))
                .filter(c -> c.getStatus() == ChoiceStatus.ACTIVE || c.getStatus() == ChoiceStatus.PENDING);
        if (found.isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        if (startDate == null || startDate.isBefore(today) || startDate.isAfter(today.plusDays(MAX_START_DAYS))) {
            throw new InvalidInputException(Map.of("startDate", "provider.customers.startDate.invalid"));
        }
        Choice choice = found.get();
        if (choice.getVersion() != seenVersion || choice.getAcknowledgedAt() != null) {
            throw new ConcurrentEditException();
        }
        // Taking a customer on is a use of their data the resident sees under "Vem har tittat".
        audit.record(
                user.username(),
                Role.PROVIDER,
                choice.getEntitlement().getResident().getId(),
                "PROVIDER_ACKNOWLEDGED",
                "choice " + choice.getReference());
        choice.setAcknowledgedAt(clock.instant());
        choice.setStartDate(startDate);
        choice.getEntitlement()
                .record(
                        clock.instant(),
                        user.username(),
                        "PROVIDER_ACKNOWLEDGED",
                        "reference " + choice.getReference() + ", start " + startDate);
        String provider = ChoiceService.displayName(choice.getOffering());
        notifications.save(Notification.toResident(
                        choice.getEntitlement().getResident(),
                        "PROVIDER_ACKNOWLEDGED",
                        provider + " har tagit emot ditt val",
                        provider + " har tagit emot ditt val av "
                                + choice.getEntitlement()
                                        .getServiceType()
                                        .getName()
                                        .sv()
                                        .toLowerCase(Locale.ROOT) + " och börjar "
                                + startDate.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv")))
                                + ". Referens "
                                + choice.getReference() + ".",
                        clock.instant())
                .linkingTo(ResidentPages.receiptPath(choice.getReference()), ResidentPages.RECEIPT_LABEL));
        return true;
    }

    private KundvalUser user() {
        return currentUser.get().orElseThrow();
    }

    private static String orgnr(KundvalUser user) {
        return user.orgnr()
                .map(Organisationsnummer::toString)
                .orElseThrow(() -> new IllegalStateException("Provider user without organisation number"));
    }
}

package se.kundval.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;
import se.kundval.provider.internal.AccreditationRepository;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.LocalizedText;

/**
 * Oversight of accreditations by the commissioning officers: the list, suspension, revocation and
 * lifting a suspension. Each change publishes {@link AccreditationStatusChanged} (the catalogue
 * re-indexes at once); a withdrawal also publishes {@link AccreditationWithdrawn} (the choice module
 * tells the residents).
 */
@Service
@Transactional
public class OversightService {

    private final AccreditationRepository accreditations;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    OversightService(
            AccreditationRepository accreditations,
            Notifications notifications,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.accreditations = accreditations;
        this.notifications = notifications;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every accreditation, for oversight. */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<AccreditationRow> accreditations(Locale locale) {
        return accreditations.findAll().stream()
                .sorted(Comparator.comparing(
                                (Accreditation a) -> a.getProvider().getName())
                        .thenComparing(a -> a.getServiceType().getSortOrder()))
                .map(a -> new AccreditationRow(
                        a.getId(),
                        a.getProvider().getName(),
                        a.getProvider().getOrgnr().toString(),
                        a.getServiceType().getName().in(locale),
                        a.getStatus(),
                        a.getValidFrom(),
                        a.getReason() == null ? null : a.getReason().in(locale),
                        a.getVersion()))
                .toList();
    }

    /**
     * Suspends an approved accreditation: its offerings leave the catalogue at once, and residents
     * who chose it are told and may choose again (the choice feature reacts to the event).
     */
    @RolesAllowed(Role.HUVUDMAN)
    public void suspend(long accreditationId, long seenVersion, String reason) {
        withdraw(
                accreditationId,
                seenVersion,
                reason,
                AccreditationStatus.SUSPENDED,
                EnumSet.of(AccreditationStatus.APPROVED));
    }

    /** Revokes (återkallar) an approved or suspended accreditation. */
    @RolesAllowed(Role.HUVUDMAN)
    public void revoke(long accreditationId, long seenVersion, String reason) {
        withdraw(
                accreditationId,
                seenVersion,
                reason,
                AccreditationStatus.REVOKED,
                EnumSet.of(AccreditationStatus.APPROVED, AccreditationStatus.SUSPENDED));
    }

    private void withdraw(
            long accreditationId,
            long seenVersion,
            String reason,
            AccreditationStatus to,
            Set<AccreditationStatus> from) {
        Accreditation a = accreditations
                .lockById(accreditationId)
                .map(acc -> inVersion(acc, seenVersion))
                .filter(acc -> from.contains(acc.getStatus()))
                .orElseThrow(
                        () -> new InvalidInputException(Map.of("accreditation", "commission.oversight.notPossible")));
        String why = Decisions.reason(reason);
        a.changeStatus(
                to, LocalDate.now(clock), a.getValidFrom(), new LocalizedText(why, null), officer(), clock.instant());
        a.markDecidedInPortal();
        store(a);
        events.publishEvent(new AccreditationStatusChanged(a.getId(), to));
        events.publishEvent(new AccreditationWithdrawn(a.getId(), to, officer()));
        notifyProvider(
                a.getProvider(),
                "ACCREDITATION_" + to.name(),
                (to == AccreditationStatus.SUSPENDED
                                ? "Er auktorisation är avstängd: "
                                : "Er auktorisation är återkallad: ")
                        + a.getServiceType().getName().sv(),
                "Kommunen har " + (to == AccreditationStatus.SUSPENDED ? "stängt av" : "återkallat")
                        + " er auktorisation för "
                        + a.getServiceType().getName().sv() + ". Skäl: " + why
                        + " Era kunder får veta det och kan välja"
                        + " en annan utförare.");
    }

    /** Lifts a suspension: the accreditation is approved again and the page is back in the catalogue. */
    @RolesAllowed(Role.HUVUDMAN)
    public void liftSuspension(long accreditationId, long seenVersion) {
        Accreditation a = accreditations
                .lockById(accreditationId)
                .map(acc -> inVersion(acc, seenVersion))
                .filter(acc -> acc.getStatus() == AccreditationStatus.SUSPENDED)
                .orElseThrow(
                        () -> new InvalidInputException(Map.of("accreditation", "commission.oversight.notPossible")));
        a.changeStatus(
                AccreditationStatus.APPROVED, LocalDate.now(clock), a.getValidFrom(), null, officer(), clock.instant());
        store(a);
        events.publishEvent(new AccreditationStatusChanged(a.getId(), AccreditationStatus.APPROVED));
        notifyProvider(
                a.getProvider(),
                "ACCREDITATION_APPROVED",
                "Avstängningen är hävd: " + a.getServiceType().getName().sv(),
                "Kommunen har hävt avstängningen av er auktorisation för "
                        + a.getServiceType().getName().sv() + ".");
    }

    /**
     * The officer acts on the accreditation as they saw it: if someone else suspended, revoked or
     * lifted it since, nothing is done and they are told.
     */
    private static Accreditation inVersion(Accreditation a, long seenVersion) {
        if (a.getVersion() != seenVersion) {
            throw new ConcurrentEditException();
        }
        return a;
    }

    /** Writes now, so a decision that raced another one fails here, as a concurrent edit. */
    private void store(Accreditation a) {
        try {
            accreditations.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }

    private void notifyProvider(Provider provider, String topic, String subject, String body) {
        notifications.save(Notification.toProvider(provider, topic, subject, body, clock.instant())
                .linkingTo(BackOfficePages.backOfficePath(), BackOfficePages.BACK_OFFICE_LABEL));
    }

    private String officer() {
        return currentUser.get().map(KundvalUser::username).orElseThrow();
    }
}

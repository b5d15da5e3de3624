package se.kundval.choice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.choice.internal.ChoiceRepository;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;
import se.kundval.provider.AccreditationWithdrawn;

/**
 * When a provider's accreditation is suspended or revoked, every choice that holds a place with
 * it is flagged, the resident is told, and the entitlement opens for a new choice with a new
 * deadline. A change to that provider still waiting for its date is cancelled and the earlier
 * provider simply continues. Runs in the transaction that changed the accreditation.
 */
@Component
class ProviderRemovalReaction {

    private final ChoiceRepository choices;
    private final Notifications notifications;
    private final Clock clock;

    ProviderRemovalReaction(ChoiceRepository choices, Notifications notifications, Clock clock) {
        this.choices = choices;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void accreditationWithdrawn(AccreditationWithdrawn event) {
        LocalDate today = LocalDate.now(clock);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));
        for (Choice choice :
                choices.findHoldingUnderAccreditation(event.accreditationId(), ChoiceRegistration.HOLDING_A_PLACE)) {
            if (choice.getValidTo() != null && choice.getValidTo().isBefore(today)) {
                continue;
            }
            ChoiceEntitlement entitlement = choice.getEntitlement();
            boolean wasWaiting = choice.getStatus() == ChoiceStatus.PENDING;
            choice.setStatus(ChoiceStatus.PROVIDER_REMOVED);
            choice.setValidTo(wasWaiting ? choice.getValidFrom() : today);
            entitlement.record(
                    clock.instant(),
                    event.actor(),
                    "PROVIDER_REMOVED",
                    "reference " + choice.getReference() + ", accreditation " + event.accreditationId() + " "
                            + event.status());
            String provider = ChoiceService.displayName(choice.getOffering());
            String service = entitlement.getServiceType().getName().sv().toLowerCase(Locale.ROOT);
            List<Choice> all = choices.findByEntitlementOrderByMadeAtDesc(entitlement);
            if (wasWaiting) {
                // The earlier provider continues as if the change had never been asked for.
                LocalDate lastDayOfOld = choice.getValidFrom().minusDays(1);
                all.stream()
                        .filter(c -> c.getStatus() == ChoiceStatus.ACTIVE && lastDayOfOld.equals(c.getValidTo()))
                        .forEach(c -> c.setValidTo(null));
                notifications.save(Notification.toResident(
                                entitlement.getResident(),
                                "PROVIDER_REMOVED",
                                "Ditt byte av utförare blir inte av",
                                provider + " får inte längre ta emot kunder för " + service
                                        + " i kommunen. Ditt byte dit"
                                        + " blir därför inte av, och du har kvar den utförare du har i dag. Du kan välja"
                                        + " en annan utförare under Mina val.",
                                clock.instant())
                        .linkingTo(ResidentPages.myChoicesPath(), ResidentPages.MY_CHOICES_LABEL));
                continue;
            }
            // Any change the resident already made elsewhere stands; otherwise they choose again.
            boolean changeOnItsWay = all.stream().anyMatch(c -> c.getStatus() == ChoiceStatus.PENDING);
            if (!changeOnItsWay) {
                LocalDate deadline = today.plusDays(entitlement.getServiceType().getChoiceDeadlineDays());
                entitlement.setStatus(EntitlementStatus.WAITING_FOR_CHOICE);
                entitlement.setDeadline(deadline);
                entitlement.record(clock.instant(), event.actor(), "REOPENED", "new deadline " + deadline);
                notifications.save(Notification.toResident(
                                entitlement.getResident(),
                                "PROVIDER_REMOVED",
                                "Du behöver välja en ny utförare",
                                provider + " får inte längre ge " + service + " i kommunen. Du behöver välja en ny"
                                        + " utförare senast " + deadline.format(dates) + ". Logga in på Kundval och gå"
                                        + " till Mina val, eller få hjälp på en servicepunkt. Väljer du inte får du en"
                                        + " utförare enligt kommunens regel.",
                                clock.instant())
                        .linkingTo(ResidentPages.myChoicesPath(), ResidentPages.MY_CHOICES_LABEL));
            }
        }
    }
}

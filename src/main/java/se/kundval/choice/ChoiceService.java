package se.kundval.choice;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import se.kundval.choice.ChoiceRefusedException.Reason;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;

/**
 * Choosing and changing provider, for the logged-in resident. The rules, including the capacity
 * rule (the offering's row is locked while its places are counted, so concurrent confirmations
 * never take more places than the provider declared), are in {@link ChoiceRegistration}.
 */
@Service
@Transactional
public class ChoiceService {

    private final ChoiceEntitlementRepository entitlements;
    private final ChoiceRepository choices;
    private final ChoiceRegistration registration;
    private final CurrentUser currentUser;

    public ChoiceService(ChoiceEntitlementRepository entitlements, ChoiceRepository choices,
            ChoiceRegistration registration, CurrentUser currentUser) {
        this.entitlements = entitlements;
        this.choices = choices;
        this.registration = registration;
        this.currentUser = currentUser;
    }

    /** "Mina val": the logged-in resident's own entitlements with their choices. Nobody else's. */
    @RolesAllowed(Role.RESIDENT)
    @Transactional(readOnly = true)
    public java.util.List<EntitlementSummary> myEntitlements(java.util.Locale locale) {
        return currentUser.get().flatMap(KundvalUser::personnummer)
                .map(p -> entitlements.findForResident(p.digits()).stream().map(e -> summary(e, locale)).toList())
                .orElse(java.util.List.of());
    }

    private EntitlementSummary summary(ChoiceEntitlement e, java.util.Locale locale) {
        java.util.List<EntitlementSummary.ChoiceLine> history = choices.findByEntitlementOrderByMadeAtDesc(e).stream()
                .map(c -> new EntitlementSummary.ChoiceLine(c.getOffering().getProvider().getName()
                        + (c.getOffering().getUnitName() == null ? "" : " – " + c.getOffering().getUnitName()),
                        c.getReference(), c.getStatus(), c.getMadeBy(), c.getValidFrom(), c.getValidTo()))
                .toList();
        String current = history.stream()
                .filter(c -> ChoiceRegistration.HOLDING_A_PLACE.contains(c.status()) && c.validTo() == null)
                .map(EntitlementSummary.ChoiceLine::providerName).findFirst().orElse(null);
        return new EntitlementSummary(e.getId(), e.getServiceType().getCode(), e.getServiceType().getName().in(locale),
                e.getScope(), e.getServiceType().getScopeUnit(), e.getDeadline(), e.getStatus(), current, history);
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
        return registration.register(entitlement, offeringCode, ChoiceMadeBy.RESIDENT, user.username(), null);
    }

}

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
    private final ChoiceRegistration registration;
    private final CurrentUser currentUser;

    public ChoiceService(ChoiceEntitlementRepository entitlements, ChoiceRegistration registration,
            CurrentUser currentUser) {
        this.entitlements = entitlements;
        this.registration = registration;
        this.currentUser = currentUser;
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

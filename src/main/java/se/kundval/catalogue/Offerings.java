package se.kundval.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.register.ServiceType;

/**
 * Offerings as the choice module's services read them while choosing and assigning the default
 * provider: always inside the caller's transaction, because the place count and the row lock must
 * belong to the choosing transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Offerings {

    private final OfferingRepository offerings;

    Offerings(OfferingRepository offerings) {
        this.offerings = offerings;
    }

    /** An offering with everything the choosing rules and the receipt read, in one query. */
    public Optional<Offering> forChoosing(String code) {
        return offerings.findForChoosing(code);
    }

    /**
     * Locks the offering's row until the transaction ends, so places are taken one at a time. Only
     * the row is locked (the entity is not re-read: a listing edit meanwhile must not fail a choice).
     */
    public void lockForChoosing(long offeringId) {
        offerings.lockForChoosing(offeringId);
    }

    /** Several offerings with their areas and accreditation, in one query. */
    public List<Offering> byCodes(Collection<String> codes) {
        return offerings.findByCodeIn(codes);
    }

    public List<Offering> ofServiceType(ServiceType type) {
        return offerings.findByServiceType(type);
    }
}

package se.kundval.catalogue;

import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.provider.Accreditation;
import se.kundval.provider.AccreditationApproved;
import se.kundval.provider.AccreditationStatusChanged;
import se.kundval.provider.Providers;
import se.kundval.register.Registers;
import se.kundval.shared.RecordOrigin;

/**
 * How the catalogue follows the provider module's decisions. Plain {@code @EventListener}s, so
 * they run inside the deciding transaction: a suspended provider is out of the results the moment
 * the suspension commits, and an approval never exists without its page.
 */
@Component
class CatalogueReactions {

    private final OfferingRepository offerings;
    private final Providers providers;
    private final Registers registers;

    @PersistenceContext
    private EntityManager entityManager;

    CatalogueReactions(OfferingRepository offerings, Providers providers, Registers registers) {
        this.offerings = offerings;
        this.providers = providers;
        this.registers = registers;
    }

    @EventListener
    void on(AccreditationStatusChanged event) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        offerings.findByAccreditationId(event.accreditationId()).forEach(plan::addOrUpdate);
    }

    /** Opens the provider's page for a newly approved accreditation, not yet taking customers. */
    @EventListener
    void on(AccreditationApproved event) {
        if (!offerings.findByAccreditationId(event.accreditationId()).isEmpty()) {
            return;
        }
        Accreditation accreditation =
                providers.accreditation(event.accreditationId()).orElseThrow();
        Offering offering = new Offering(newOfferingCode(accreditation), accreditation, RecordOrigin.PORTAL);
        offering.setCapacity(event.capacity());
        offering.setTakesNewCustomers(false);
        event.areaCodes().forEach(code -> registers.area(code).ifPresent(offering.getAreas()::add));
        offering.setPhone(event.phone());
        offering.setEmail(event.email());
        offerings.save(offering);
    }

    private String newOfferingCode(Accreditation a) {
        String base = (a.getServiceType().getCode() + "-" + a.getProvider().getName())
                .toUpperCase(Locale.ROOT)
                .replace('Å', 'A')
                .replace('Ä', 'A')
                .replace('Ö', 'O')
                .replaceAll("[^A-Z0-9]+", "-")
                .replaceAll("^-|-$", "");
        base = base.length() > 50 ? base.substring(0, 50) : base;
        String code = base;
        for (int n = 2; offerings.findByCode(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }
}

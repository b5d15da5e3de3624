package se.kundval.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.catalogue.internal.QualityIndicatorRepository;
import se.kundval.provider.Provider;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.ServiceType;

/**
 * The catalogue's entrance for the start-up import of providers-data: listings and quality
 * figures are found and stored through here, inside the import's one transaction. Nothing else
 * writes the catalogue except its own services.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CatalogueImport {

    private final OfferingRepository offerings;
    private final QualityIndicatorRepository quality;
    private final QualityScores qualityScores;

    CatalogueImport(OfferingRepository offerings, QualityIndicatorRepository quality, QualityScores qualityScores) {
        this.offerings = offerings;
        this.quality = quality;
        this.qualityScores = qualityScores;
    }

    public Optional<Offering> offering(String code) {
        return offerings.findByCode(code);
    }

    public List<Offering> offerings() {
        return offerings.findAll();
    }

    public Offering save(Offering offering) {
        return offerings.save(offering);
    }

    public Optional<QualityIndicator> qualityIndicator(
            Provider provider, ServiceType type, IndicatorDefinition indicator, int year) {
        return quality.findByProviderAndServiceTypeAndIndicatorAndYear(provider, type, indicator, year);
    }

    public QualityIndicator save(QualityIndicator indicator) {
        return quality.save(indicator);
    }

    /** After the figures changed: the key indicators shown on cards are derived from them. */
    public void recomputeScores() {
        qualityScores.recompute();
    }
}

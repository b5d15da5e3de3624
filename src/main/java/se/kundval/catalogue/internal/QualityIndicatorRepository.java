package se.kundval.catalogue.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.catalogue.QualityIndicator;
import se.kundval.provider.Provider;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.ServiceType;

/** Persistence of {@link QualityIndicator}; used only by this feature's services. */
public interface QualityIndicatorRepository extends JpaRepository<QualityIndicator, Long> {

    /** The indicators of some providers for one service type, with their definitions, in one query. */
    @org.springframework.data.jpa.repository.Query("""
            select qi from QualityIndicator qi join fetch qi.indicator
            where qi.serviceType.code = :serviceType and qi.provider.id in :providerIds
            """)
    java.util.List<QualityIndicator> findForProviders(String serviceType, java.util.Collection<Long> providerIds);

    /** Every figure of one service type (all providers, all years), for the municipality's averages. */
    @org.springframework.data.jpa.repository.Query("""
            select qi from QualityIndicator qi join fetch qi.indicator
            where qi.serviceType.code = :serviceType
            """)
    java.util.List<QualityIndicator> findForServiceType(String serviceType);

    Optional<QualityIndicator> findByProviderAndServiceTypeAndIndicatorAndYear(
            Provider provider, ServiceType serviceType, IndicatorDefinition indicator, int year);
}

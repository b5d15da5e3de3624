package se.kundval.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.kundval.provider.Provider;

/** Persistence of {@link QualityIndicator}; used only by this feature's services. */
public interface QualityIndicatorRepository extends JpaRepository<QualityIndicator, Long> {
    Optional<QualityIndicator> findByProviderAndServiceTypeAndIndicatorAndYear(
            Provider provider, ServiceType serviceType, IndicatorDefinition indicator, int year);
}

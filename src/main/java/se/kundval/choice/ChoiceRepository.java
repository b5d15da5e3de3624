package se.kundval.choice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link Choice}; used only by this feature's services. */
public interface ChoiceRepository extends JpaRepository<Choice, Long> {

    long countByOfferingAndStatusIn(se.kundval.catalogue.Offering offering, java.util.Collection<ChoiceStatus> statuses);

    java.util.List<Choice> findByEntitlementOrderByMadeAtDesc(ChoiceEntitlement entitlement);

    long countByOfferingAndMadeBy(se.kundval.catalogue.Offering offering, ChoiceMadeBy madeBy);

}

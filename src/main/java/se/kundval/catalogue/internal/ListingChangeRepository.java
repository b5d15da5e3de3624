package se.kundval.catalogue.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.catalogue.ListingChange;
import se.kundval.catalogue.Offering;

/** Persistence of {@link ListingChange}; used only by this feature's services. */
public interface ListingChangeRepository extends JpaRepository<ListingChange, Long> {
    List<ListingChange> findByOfferingOrderByChangedAtDesc(Offering offering);
}

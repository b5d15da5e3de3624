package se.kundval.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link ListingChange}; used only by this feature's services. */
public interface ListingChangeRepository extends JpaRepository<ListingChange, Long> {
    List<ListingChange> findByOfferingOrderByChangedAtDesc(Offering offering);
}

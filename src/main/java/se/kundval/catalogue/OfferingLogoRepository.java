package se.kundval.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link OfferingLogo}; used only by this feature's services. */
public interface OfferingLogoRepository extends JpaRepository<OfferingLogo, Long> {
}

package se.kundval.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.catalogue.OfferingLogo;

/** Persistence of {@link OfferingLogo}; used only by this feature's services. */
public interface OfferingLogoRepository extends JpaRepository<OfferingLogo, Long> {}

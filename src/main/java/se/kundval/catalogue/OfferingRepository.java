package se.kundval.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link Offering}; used only by this feature's services. */
public interface OfferingRepository extends JpaRepository<Offering, Long> {
    Optional<Offering> findByCode(String code);
}

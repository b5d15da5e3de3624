package se.kundval.choice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link ChoiceEntitlement}; used only by this feature's services. */
public interface ChoiceEntitlementRepository extends JpaRepository<ChoiceEntitlement, Long> {
    Optional<ChoiceEntitlement> findByImportKey(String importKey);
}

package se.kundval.choice.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.choice.Resident;

/** Persistence of {@link Resident}; used only by this feature's services. */
public interface ResidentRepository extends JpaRepository<Resident, Long> {
    Optional<Resident> findByPersonnummer(String twelveDigits);
}

package se.kundval.register.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.register.Specialisation;

/** Persistence of {@link Specialisation}; used only by this feature's services. */
public interface SpecialisationRepository extends JpaRepository<Specialisation, Long> {
    Optional<Specialisation> findByCode(String code);
}

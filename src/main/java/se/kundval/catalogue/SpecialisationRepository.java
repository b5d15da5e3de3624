package se.kundval.catalogue;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link Specialisation}; used only by this feature's services. */
public interface SpecialisationRepository extends JpaRepository<Specialisation, Long> {
    Optional<Specialisation> findByCode(String code);
}

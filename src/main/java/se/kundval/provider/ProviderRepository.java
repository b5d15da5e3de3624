package se.kundval.provider;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link Provider}; used only by this feature's services. */
public interface ProviderRepository extends JpaRepository<Provider, Long> {
    Optional<Provider> findByOrgnr(String orgnr);
}

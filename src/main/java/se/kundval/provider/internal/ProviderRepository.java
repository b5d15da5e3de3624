package se.kundval.provider.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.provider.Provider;

/** Persistence of {@link Provider}; used only by this feature's services. */
public interface ProviderRepository extends JpaRepository<Provider, Long> {
    Optional<Provider> findByOrgnr(String orgnr);
}

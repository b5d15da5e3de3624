package se.kundval.register.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.register.IndicatorDefinition;

/** Persistence of {@link IndicatorDefinition}; used only by this feature's services. */
public interface IndicatorDefinitionRepository extends JpaRepository<IndicatorDefinition, Long> {
    Optional<IndicatorDefinition> findByCode(String code);
}

package se.kundval.provider;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.provider.internal.AccreditationRepository;
import se.kundval.provider.internal.ProviderRepository;
import se.kundval.provider.internal.RequirementRepository;
import se.kundval.register.ServiceType;

/**
 * Providers, accreditations and requirements as other modules' services read them; the start-up
 * import also stores through here. People change them only through this module's services.
 */
@Component
@Transactional(readOnly = true)
public class Providers {

    private final ProviderRepository providers;
    private final AccreditationRepository accreditations;
    private final RequirementRepository requirements;

    Providers(
            ProviderRepository providers, AccreditationRepository accreditations, RequirementRepository requirements) {
        this.providers = providers;
        this.accreditations = accreditations;
        this.requirements = requirements;
    }

    public Optional<Provider> byOrgnr(String orgnr) {
        return providers.findByOrgnr(orgnr);
    }

    public Optional<Provider> byId(long id) {
        return providers.findById(id);
    }

    public Optional<Accreditation> accreditation(long id) {
        return accreditations.findById(id);
    }

    public Optional<Accreditation> accreditation(Provider provider, ServiceType type) {
        return accreditations.findByProviderAndServiceType(provider, type);
    }

    public Optional<Requirement> requirement(ServiceType type, String code) {
        return requirements.findByServiceTypeAndCode(type, code);
    }

    public List<Requirement> requirements(ServiceType type) {
        return requirements.findByServiceTypeOrderBySortOrder(type);
    }

    /** For the start-up import: stores in the caller's transaction. */
    @Transactional
    public Provider save(Provider provider) {
        return providers.save(provider);
    }

    @Transactional
    public Accreditation save(Accreditation accreditation) {
        return accreditations.save(accreditation);
    }

    @Transactional
    public Requirement save(Requirement requirement) {
        return requirements.save(requirement);
    }
}

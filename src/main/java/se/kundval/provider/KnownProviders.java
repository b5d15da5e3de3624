package se.kundval.provider;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.Organisationsnummer;
import se.kundval.identity.ProviderDirectory;
import se.kundval.provider.internal.ProviderRepository;

/** Answers identity's question whether a provider user's organisation is one the municipality knows. */
@Component
class KnownProviders implements ProviderDirectory {

    private final ProviderRepository providers;

    KnownProviders(ProviderRepository providers) {
        this.providers = providers;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isKnownProvider(Organisationsnummer orgnr) {
        return providers.findByOrgnr(orgnr.toString()).isPresent();
    }
}

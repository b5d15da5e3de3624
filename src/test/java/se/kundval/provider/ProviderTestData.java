package se.kundval.provider;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.kundval.identity.TestLogins;

/** Applications that tests create for themselves, through the provider's own service. */
@Component
public class ProviderTestData {

    /** The demo provider that is registered but not accredited (demo account utforare-ny). */
    public static final String NEW_PROVIDER = "559012-3450";

    private final ProviderService providers;

    ProviderTestData(ProviderService providers) {
        this.providers = providers;
    }

    /** A complete application by the new demo provider for the service type, submitted; returns its id. */
    public long submittedApplication(String serviceType) {
        return submittedApplication(serviceType, Set.of());
    }

    /** As above, declaring the requirements with these codes (the service type's, none needing files). */
    public long submittedApplication(String serviceType, Set<String> declarations) {
        TestLogins.provider(NEW_PROVIDER);
        try {
            long id = providers.startApplication(serviceType);
            long v = providers.application(id, Locale.of("sv")).orElseThrow().version();
            ApplicationForm.ApplicationDraft draft = new ApplicationForm.ApplicationDraft(
                    "Aktiebolag",
                    "Skurusundsvägen 3",
                    "Lina Ström",
                    "lina@nyaomsorgen.example",
                    "08-555 012 34",
                    declarations,
                    Set.of("BOO"),
                    20,
                    "Undersköterskor.");
            v = providers.saveStep(id, v, 1, draft, 2);
            if (!declarations.isEmpty()) {
                v = providers.saveStep(id, v, 2, draft, 3);
            }
            v = providers.saveStep(id, v, 3, draft, 4);
            providers.submit(id, v);
            return id;
        } finally {
            TestLogins.logOut();
        }
    }
}

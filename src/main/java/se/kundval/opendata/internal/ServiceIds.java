package se.kundval.opendata.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import se.kundval.catalogue.OpenCatalogue;

/**
 * Finds the offering behind a service's (or service-at-location's) UUID. Name-based UUIDs cannot be
 * reversed, so the ids of every public offering are kept here; an unknown id re-reads the codes
 * once (one narrow query) before it is "not found", so a new listing is found at once.
 */
@Component
public class ServiceIds {

    private final OpenCatalogue catalogue;
    private final Map<String, String> codeById = new ConcurrentHashMap<>();

    ServiceIds(OpenCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Optional<String> offeringCode(String id) {
        String code = codeById.get(id);
        if (code == null) {
            for (String c : catalogue.publicOfferingCodes()) {
                codeById.put(HsdsIds.service(c), c);
                codeById.put(HsdsIds.serviceAtLocation(c), c);
            }
            code = codeById.get(id);
        }
        return Optional.ofNullable(code);
    }
}

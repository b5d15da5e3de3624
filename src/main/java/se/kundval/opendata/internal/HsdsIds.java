package se.kundval.opendata.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable HSDS identifiers: name-based UUIDs (RFC 4122 version 3) of the catalogue's own keys,
 * so an object keeps its id however often its listing is edited, and the same key always gives the
 * same id. The organization's id rests on its organisationsnummer alone, so another municipality
 * running Kundval publishes the same organization with the same id.
 */
public final class HsdsIds {

    private HsdsIds() {}

    public static String of(String kind, String... keys) {
        return UUID.nameUUIDFromBytes(
                        ("kundval:" + kind + ":" + String.join(":", keys)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public static String organization(String orgnr) {
        return of("organization", orgnr);
    }

    public static String service(String offeringCode) {
        return of("service", offeringCode);
    }

    public static String location(String offeringCode) {
        return of("location", offeringCode);
    }

    public static String serviceAtLocation(String offeringCode) {
        return of("service_at_location", offeringCode);
    }

    public static String taxonomy() {
        return of("taxonomy", "kundval");
    }

    public static String term(String kind, String code) {
        return of("taxonomy_term", kind, code);
    }
}

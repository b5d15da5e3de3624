package se.kundval.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kundval.provider.AccreditationStatus;

/**
 * A provider's listing as the editor shows it.
 *
 * @param editable false when the accreditation is revoked (read-only history) or not yet approved
 * @param publishable false when suspended: the provider sees why and cannot publish
 */
public record ListingForm(String code, String serviceTypeName, String providerName, AccreditationStatus status,
        String statusReason, boolean editable, boolean publishable, LocalDate lastConfirmed, boolean hasLogo,
        ListingDraft draft, List<Option> specialisationOptions, List<Option> areaOptions, long version,
        List<Change> history) {

    public record Change(java.time.Instant at, String actor, String fields) {
    }

    /** The fields of a listing. Texts by language: Swedish required, others optional. */
    public record ListingDraft(Map<String, OfferingText> texts, Set<String> languages, Set<String> specialisations,
            Set<String> areas, String address, String phone, String email, int capacity, boolean takesNewCustomers) {

        public ListingDraft {
            texts = texts == null ? Map.of() : Map.copyOf(texts);
            languages = languages == null ? Set.of() : Set.copyOf(languages);
            specialisations = specialisations == null ? Set.of() : Set.copyOf(specialisations);
            areas = areas == null ? Set.of() : Set.copyOf(areas);
        }
    }
}

package se.kundval.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import se.kundval.provider.AccreditationStatus;
import se.kundval.shared.Option;

/**
 * A provider's listing as the editor shows it.
 *
 * @param editable false when the accreditation is revoked (read-only history) or not yet approved
 * @param publishable false when suspended: the provider sees why and cannot publish
 */
public record ListingForm(
        String code,
        String serviceTypeName,
        String providerName,
        AccreditationStatus status,
        String statusReason,
        boolean editable,
        boolean publishable,
        LocalDate lastConfirmed,
        boolean hasLogo,
        ListingDraft draft,
        List<Option> specialisationOptions,
        List<Option> areaOptions,
        long version,
        List<Change> history) {

    public record Change(java.time.Instant at, String actor, String fields) {}

    /** The fields of a listing. Texts by language: Swedish required, others optional. */
    public record ListingDraft(
            Map<String, OfferingText> texts,

            @NotEmpty(message = "provider.listing.languages.required")
            Set<
                            @jakarta.validation.constraints.Pattern(
                                    regexp = "^[a-z]{2,3}$",
                                    message = "provider.listing.languages.required")
                            String>
                    languages,

            Set<String> specialisations,

            @NotEmpty(message = "provider.listing.areas.required")
            Set<String> areas,

            @Size(max = 300, message = "provider.listing.tooLong")
            String address,

            @jakarta.validation.constraints.Pattern(
                    regexp = "^\\s*$|^\\s*[+0-9][0-9 -]{5,19}\\s*$",
                    message = "provider.listing.phone.invalid")
            String phone,

            @jakarta.validation.constraints.Pattern(
                    regexp = "^\\s*$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
                    message = "provider.listing.email.invalid")
            @Size(max = 200, message = "provider.listing.email.invalid")
            String email,

            @Min(value = 0, message = "provider.listing.capacity.invalid")
            @Max(value = 10_000, message = "provider.listing.capacity.invalid")
            int capacity,

            boolean takesNewCustomers) {

        public ListingDraft {
            texts = texts == null ? Map.of() : Map.copyOf(texts);
            languages = languages == null ? Set.of() : Set.copyOf(languages);
            specialisations = specialisations == null ? Set.of() : Set.copyOf(specialisations);
            areas = areas == null ? Set.of() : Set.copyOf(areas);
        }
    }
}

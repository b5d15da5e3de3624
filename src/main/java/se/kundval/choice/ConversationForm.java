package se.kundval.choice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a case officer records after a vägledande samtal: who the resident is, and for each
 * service type they may choose for, the scope and the deadline; their wishes rank the catalogue
 * for them later (they never filter it).
 *
 * @param residentVersion the version of the resident's details the officer looked up and saw, or
 *     null when the look-up found no one: details someone else changed since are never silently
 *     overwritten
 */
public record ConversationForm(
        String personnummer,
        String firstName,
        String lastName,
        String areaCode,
        ContactPreference contactPreference,
        String email,
        String phone,
        LocalDate heldOn,
        List<Grant> grants,
        Set<String> wishedLanguages,
        Set<String> wishedSpecialisations,
        String wishText,
        Long residentVersion) {

    public ConversationForm {
        grants = grants == null ? List.of() : List.copyOf(grants);
        wishedLanguages = wishedLanguages == null ? Set.of() : Set.copyOf(wishedLanguages);
        wishedSpecialisations = wishedSpecialisations == null ? Set.of() : Set.copyOf(wishedSpecialisations);
    }

    /** The same form, for the resident's details in the version the officer saw. */
    public ConversationForm withResidentVersion(Long version) {
        return new ConversationForm(
                personnummer,
                firstName,
                lastName,
                areaCode,
                contactPreference,
                email,
                phone,
                heldOn,
                grants,
                wishedLanguages,
                wishedSpecialisations,
                wishText,
                version);
    }

    /** One service type the resident may choose for, in that type's scope unit. */
    public record Grant(String serviceType, BigDecimal scope, LocalDate deadline) {}
}

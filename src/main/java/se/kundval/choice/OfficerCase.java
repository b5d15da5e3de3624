package se.kundval.choice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kundval.register.ScopeUnit;

/**
 * One case as the case officer opens it from "Mina ärenden": the person, the entitlement with its
 * wishes, the choices made for it and its history. The personnummer is shown masked: the officer
 * knows whose case it is from the list, and the page may be on a shared screen.
 *
 * @param version the entitlement's version, handed back with a correction so a concurrent change is noticed
 */
public record OfficerCase(
        long entitlementId,
        long version,
        String residentName,
        String maskedPersonnummer,
        String areaName,
        ContactPreference contactPreference,
        LocalDate conversationDate,
        String serviceTypeCode,
        String serviceTypeName,
        ScopeUnit scopeUnit,
        BigDecimal scope,
        EntitlementStatus status,
        LocalDate deadline,
        Set<String> wishedLanguages,
        Set<String> wishedSpecialisations,
        String wishText,
        List<CaseChoice> choices,
        List<CaseEvent> events) {

    /** A choice made for the entitlement, newest first. */
    public record CaseChoice(
            String reference,
            String providerName,
            ChoiceStatus status,
            ChoiceMadeBy madeBy,
            LocalDate validFrom,
            LocalDate validTo) {}

    /** A step in the entitlement's history, oldest first. */
    public record CaseEvent(Instant at, String actor, String type, String detail) {}

    /** Only while the person has not chosen does the deadline still mean something. */
    public boolean deadlineCanChange() {
        return status == EntitlementStatus.WAITING_FOR_CHOICE;
    }

    public boolean canBeCorrected() {
        return status != EntitlementStatus.ENDED;
    }
}

package se.kundval.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The provider's start page: accreditations with their history, and applications. */
public record ProviderDashboard(
        String providerName,
        String orgnr,
        List<AccreditationLine> accreditations,
        List<ApplicationLine> applications,
        List<ServiceTypeOption> canApplyFor) {

    public record AccreditationLine(
            String serviceTypeCode,
            String serviceTypeName,
            AccreditationStatus status,
            LocalDate validFrom,
            String reason,
            List<TimelineEntry> timeline) {}

    public record TimelineEntry(AccreditationStatus status, LocalDate on, String reason) {}

    /** @param reference given when first submitted (ANS-2026-0012); null for a draft */
    public record ApplicationLine(
            long id, String serviceTypeName, ApplicationStatus status, Instant updatedAt, String reference) {}

    public record ServiceTypeOption(String code, String name) {}
}

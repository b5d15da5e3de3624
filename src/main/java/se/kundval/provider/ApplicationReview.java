package se.kundval.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An application as the officer reviews it: the provider's facts, the checklist, files, history. */
public record ApplicationReview(
        long id,
        ApplicationStatus status,
        String providerName,
        String orgnr,
        String serviceTypeName,
        String legalForm,
        String address,
        String contactName,
        String contactEmail,
        String contactPhone,
        Integer capacity,
        String staffCompetence,
        List<String> areas,
        List<ChecklistItem> checklist,
        List<Attachment> attachments,
        List<Message> messages,
        List<HistoryEntry> history,
        Set<String> editors,
        Instant submittedAt,
        long version) {

    public record ChecklistItem(long requirementId, String requirement, boolean declared, boolean attachmentRequired) {}

    public record Attachment(long id, String fileName, long sizeBytes, boolean confidential) {}

    public record Message(String author, String role, String text, Instant at) {}

    public record HistoryEntry(AccreditationStatus status, LocalDate on, String actor, String reason) {}
}

package se.kundval.provider;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An application as its form shows it: what was filled in, what the service type asks for. */
public record ApplicationForm(long id, String serviceTypeName, ApplicationStatus status, int step, String orgnr,
        String providerName, ApplicationDraft draft, List<RequirementLine> requirements,
        List<AttachmentLine> attachments, List<MessageLine> messages, List<AreaOption> areaOptions,
        boolean editable, long version) {

    public record RequirementLine(String code, String text, boolean attachmentRequired) {
    }

    public record AttachmentLine(long id, String fileName, long sizeBytes, boolean confidential) {
    }

    public record MessageLine(ApplicationMessage.AuthorRole role, String text, Instant at) {
    }

    public record AreaOption(String code, String name) {
    }

    /** The fields the provider fills in; saved as a draft step by step. */
    public record ApplicationDraft(String legalForm, String address, String contactName, String contactEmail,
            String contactPhone, Set<String> declarations, Set<String> areas, Integer capacity,
            String staffCompetence) {

        public ApplicationDraft {
            declarations = declarations == null ? Set.of() : Set.copyOf(declarations);
            areas = areas == null ? Set.of() : Set.copyOf(areas);
        }
    }
}

package se.kundval.provider;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An application as its form shows it: what was filled in, what the service type asks for. */
public record ApplicationForm(
        long id,
        String serviceTypeName,
        ApplicationStatus status,
        int step,
        String orgnr,
        String providerName,
        ApplicationDraft draft,
        List<RequirementLine> requirements,
        List<AttachmentLine> attachments,
        List<MessageLine> messages,
        List<AreaOption> areaOptions,
        boolean editable,
        long version,
        String reference,
        Instant submittedAt,
        int processingWeeks) {

    public record RequirementLine(String code, String text, boolean attachmentRequired) {}

    /** @param requirementCode the requirement the file proves (null: stored before files were tied to one) */
    public record AttachmentLine(
            long id, String fileName, long sizeBytes, boolean confidential, String requirementCode) {}

    /** The declared requirements still not ticked, in the service type's order. */
    public List<RequirementLine> undeclared() {
        return requirements.stream()
                .filter(r -> !draft.declarations().contains(r.code()))
                .toList();
    }

    /** The requirements that need a proof (intyg) and have none yet. */
    public List<RequirementLine> withoutProof() {
        return requirements.stream()
                .filter(RequirementLine::attachmentRequired)
                .filter(r -> attachments.stream().noneMatch(a -> r.code().equals(a.requirementCode())))
                .toList();
    }

    /** The files proving one requirement. */
    public List<AttachmentLine> proofsOf(String requirementCode) {
        return attachments.stream()
                .filter(a -> requirementCode.equals(a.requirementCode()))
                .toList();
    }

    /** Files stored before attachments were tied to a requirement. */
    public List<AttachmentLine> untiedAttachments() {
        return attachments.stream().filter(a -> a.requirementCode() == null).toList();
    }

    public record MessageLine(ApplicationMessage.AuthorRole role, String text, Instant at) {}

    public record AreaOption(String code, String name) {}

    /**
     * The fields the provider fills in; saved as a draft step by step. The constraints are checked
     * on the server for the step being saved (its validation group); messages are keys in the
     * portal's resource bundles, shown next to the field in the user's language.
     */
    public record ApplicationDraft(
            @NotBlank(groups = Organisation.class, message = "provider.application.required")
            @Size(max = 60, groups = Organisation.class, message = "provider.application.tooLong")
            String legalForm,

            @NotBlank(groups = Organisation.class, message = "provider.application.required")
            @Size(max = 300, groups = Organisation.class, message = "provider.application.tooLong")
            String address,

            @NotBlank(groups = Organisation.class, message = "provider.application.required")
            @Size(max = 200, groups = Organisation.class, message = "provider.application.tooLong")
            String contactName,

            @NotBlank(groups = Organisation.class, message = "provider.application.email.invalid")
            @Email(
                    regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
                    groups = Organisation.class,
                    message = "provider.application.email.invalid")
            @Size(max = 200, groups = Organisation.class, message = "provider.application.email.invalid")
            String contactEmail,

            @NotNull(groups = Organisation.class, message = "provider.application.phone.invalid")
            @Pattern(
                    regexp = "^\\s*[+0-9][0-9 -]{5,19}\\s*$",
                    groups = Organisation.class,
                    message = "provider.application.phone.invalid")
            String contactPhone,

            Set<String> declarations,

            @NotEmpty(groups = Places.class, message = "provider.application.areas.required")
            Set<String> areas,

            @NotNull(groups = Places.class, message = "provider.application.capacity.invalid")
            @Min(value = 1, groups = Places.class, message = "provider.application.capacity.invalid")
            @Max(value = 10_000, groups = Places.class, message = "provider.application.capacity.invalid")
            Integer capacity,

            @NotBlank(groups = Places.class, message = "provider.application.required")
            @Size(max = 4000, groups = Places.class, message = "provider.application.tooLong")
            String staffCompetence) {

        public ApplicationDraft {
            declarations = declarations == null ? Set.of() : Set.copyOf(declarations);
            areas = areas == null ? Set.of() : Set.copyOf(areas);
        }

        /** Validation group of step 1, the organisation's facts. */
        public interface Organisation {}

        /** Validation group of step 3, areas and places. */
        public interface Places {}
    }
}

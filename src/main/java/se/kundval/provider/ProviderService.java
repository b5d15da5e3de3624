package se.kundval.provider;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Organisationsnummer;
import se.kundval.identity.Role;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;
import se.kundval.provider.internal.AccreditationApplicationRepository;
import se.kundval.provider.internal.AccreditationRepository;
import se.kundval.provider.internal.ApplicationAttachmentRepository;
import se.kundval.provider.internal.ProviderRepository;
import se.kundval.provider.internal.RequirementRepository;
import se.kundval.register.Area;
import se.kundval.register.Registers;
import se.kundval.register.ServiceType;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.RecordOrigin;

/**
 * The provider's back office, for the logged-in provider user: their accreditations and
 * applications. Every method works only on the user's own organisation (by the organisation
 * number of the login); another provider's ids are "not found", never "forbidden", so they
 * reveal nothing.
 */
@Service
@Transactional
public class ProviderService {

    /** Attachments: PDF only, checked by content. */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    static final int LAST_STEP = 5;

    private final ProviderRepository providers;
    private final AccreditationRepository accreditations;
    private final AccreditationApplicationRepository applications;
    private final ApplicationAttachmentRepository attachments;
    private final RequirementRepository requirements;
    private final Registers registers;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Validator validator;
    private final int processingWeeks;
    private final Notifications notifications;

    ProviderService(
            ProviderRepository providers,
            AccreditationRepository accreditations,
            AccreditationApplicationRepository applications,
            ApplicationAttachmentRepository attachments,
            RequirementRepository requirements,
            Registers registers,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock,
            Validator validator,
            Notifications notifications,
            @Value("${kundval.provider.application-processing-weeks:6}") int processingWeeks) {
        this.validator = validator;
        this.processingWeeks = processingWeeks;
        this.notifications = notifications;
        this.events = events;
        this.providers = providers;
        this.accreditations = accreditations;
        this.applications = applications;
        this.attachments = attachments;
        this.requirements = requirements;
        this.registers = registers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The provider's accreditations with their history, applications, and what it may apply for. */
    @RolesAllowed(Role.PROVIDER)
    @Transactional(readOnly = true)
    public ProviderDashboard dashboard(Locale locale) {
        Provider provider = ownProvider();
        List<Accreditation> own = accreditations.findByProvider(provider);
        List<ProviderDashboard.AccreditationLine> lines = own.stream()
                .sorted(Comparator.comparing(a -> a.getServiceType().getSortOrder()))
                .map(a -> new ProviderDashboard.AccreditationLine(
                        a.getServiceType().getCode(),
                        a.getServiceType().getName().in(locale),
                        a.getStatus(),
                        a.getValidFrom(),
                        a.getReason() == null ? null : a.getReason().in(locale),
                        a.getHistory().stream()
                                .map(e -> new ProviderDashboard.TimelineEntry(
                                        e.getStatus(), e.getOccurredOn(), e.getReason()))
                                .toList()))
                .toList();
        List<AccreditationApplication> apps = applications.findForProvider(provider);
        List<ProviderDashboard.ApplicationLine> appLines = apps.stream()
                .filter(a -> a.getStatus() != ApplicationStatus.DECIDED)
                .map(a -> new ProviderDashboard.ApplicationLine(
                        a.getId(),
                        a.getServiceType().getName().in(locale),
                        a.getStatus(),
                        a.getUpdatedAt(),
                        a.getReference()))
                .toList();
        List<ProviderDashboard.ServiceTypeOption> canApply = registers.serviceTypes().stream()
                .filter(t -> mayApplyFor(provider, t, own, apps))
                .map(t -> new ProviderDashboard.ServiceTypeOption(
                        t.getCode(), t.getName().in(locale)))
                .toList();
        return new ProviderDashboard(provider.getName(), provider.getOrgnr().toString(), lines, appLines, canApply);
    }

    /** Not while accredited (or suspended, or revoked: the municipality decides on those) or already applying. */
    private static boolean mayApplyFor(
            Provider provider, ServiceType type, List<Accreditation> own, List<AccreditationApplication> apps) {
        boolean blocked = own.stream()
                .anyMatch(a -> a.getServiceType().getId().equals(type.getId())
                        && a.getStatus() != AccreditationStatus.REJECTED);
        boolean open = apps.stream()
                .anyMatch(a ->
                        a.getServiceType().getId().equals(type.getId()) && a.getStatus() != ApplicationStatus.DECIDED);
        return !blocked && !open;
    }

    /** Starts an application (a draft) for a service type; returns its id. */
    @RolesAllowed(Role.PROVIDER)
    public long startApplication(String serviceTypeCode) {
        Provider provider = ownProvider();
        ServiceType type = registers
                .serviceType(serviceTypeCode)
                .orElseThrow(
                        () -> new InvalidInputException(Map.of("serviceType", "provider.application.type.unknown")));
        if (!mayApplyFor(
                provider, type, accreditations.findByProvider(provider), applications.findForProvider(provider))) {
            throw new InvalidInputException(Map.of("serviceType", "provider.application.type.notAllowed"));
        }
        AccreditationApplication application =
                new AccreditationApplication(provider, type, username(), clock.instant());
        application.getEditors().add(username());
        // What the portal already knows about the organisation is filled in for them.
        application.setLegalForm(provider.getLegalForm());
        application.setAddress(provider.getAddress());
        application.setContactEmail(provider.getEmail());
        application.setContactPhone(provider.getPhone());
        return applications.save(application).getId();
    }

    /** The application's form; empty if it is not the provider's own. */
    @RolesAllowed(Role.PROVIDER)
    @Transactional(readOnly = true)
    public Optional<ApplicationForm> application(long id, Locale locale) {
        return own(id).map(a -> form(a, locale));
    }

    private ApplicationForm form(AccreditationApplication a, Locale locale) {
        ApplicationForm.ApplicationDraft draft = new ApplicationForm.ApplicationDraft(
                a.getLegalForm(),
                a.getAddress(),
                a.getContactName(),
                a.getContactEmail(),
                a.getContactPhone(),
                a.getDeclarations().stream().map(Requirement::getCode).collect(java.util.stream.Collectors.toSet()),
                a.getAreas().stream().map(Area::getCode).collect(java.util.stream.Collectors.toSet()),
                a.getCapacity(),
                a.getStaffCompetence());
        return new ApplicationForm(
                a.getId(),
                a.getServiceType().getName().in(locale),
                a.getStatus(),
                a.getStep(),
                a.getProvider().getOrgnr().toString(),
                a.getProvider().getName(),
                draft,
                requirementsOf(a.getServiceType()).stream()
                        .map(r -> new ApplicationForm.RequirementLine(
                                r.getCode(), r.getText().in(locale), r.isAttachmentRequired()))
                        .toList(),
                a.getAttachments().stream()
                        .map(f -> new ApplicationForm.AttachmentLine(
                                f.getId(),
                                f.getFileName(),
                                f.getSizeBytes(),
                                f.isConfidential(),
                                f.getRequirement() == null
                                        ? null
                                        : f.getRequirement().getCode()))
                        .toList(),
                a.getMessages().stream()
                        .map(m -> new ApplicationForm.MessageLine(m.getAuthorRole(), m.getText(), m.getCreatedAt()))
                        .toList(),
                registers.areas().stream()
                        .sorted(Comparator.comparing(Area::getName))
                        .map(ar -> new ApplicationForm.AreaOption(ar.getCode(), ar.getName()))
                        .toList(),
                editable(a),
                a.getVersion(),
                a.getReference(),
                a.getSubmittedAt(),
                processingWeeks);
    }

    private static boolean editable(AccreditationApplication a) {
        return a.getStatus() == ApplicationStatus.DRAFT || a.getStatus() == ApplicationStatus.COMPLETION_REQUESTED;
    }

    private List<Requirement> requirementsOf(ServiceType type) {
        return requirements.findByServiceTypeOrderBySortOrder(type);
    }

    /**
     * Saves one step of the draft (checking that step's fields) and where the provider is.
     *
     * @return the application's new version
     * @throws InvalidInputException  for a field that may not be stored; nothing is stored then
     * @throws ConcurrentEditException when another user saved it after {@code version} was loaded
     */
    @RolesAllowed(Role.PROVIDER)
    public long saveStep(long id, long version, int step, ApplicationForm.ApplicationDraft draft, int nextStep) {
        AccreditationApplication a = editableOwn(id, version);
        Map<String, String> problems = new LinkedHashMap<>();
        check(step, a, draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        apply(step, a, draft);
        a.getEditors().add(username());
        a.setStep(Math.max(1, Math.min(LAST_STEP, nextStep)));
        a.touch(clock.instant());
        return flush(a);
    }

    /**
     * Sends the application to the commissioning officers after checking every step.
     *
     * @throws InvalidInputException with every problem, by field, if anything is missing
     */
    @RolesAllowed(Role.PROVIDER)
    public void submit(long id, long version) {
        AccreditationApplication a = editableOwn(id, version);
        ApplicationForm.ApplicationDraft current = form(a, Locale.of("sv")).draft();
        Map<String, String> problems = new LinkedHashMap<>();
        for (int step = 1; step <= 4; step++) {
            check(step, a, current, problems);
        }
        List<Requirement> required = requirementsOf(a.getServiceType());
        if (!a.getDeclarations().containsAll(required)) {
            problems.put("declarations", "provider.application.declarations.missing");
        }
        // Each requirement that asks for an intyg needs its own file: one file cannot prove two things.
        if (required.stream()
                .filter(Requirement::isAttachmentRequired)
                .anyMatch(r -> a.getAttachments().stream()
                        .noneMatch(f -> f.getRequirement() != null
                                && f.getRequirement().getId().equals(r.getId())))) {
            problems.put("attachments", "provider.application.attachments.missing");
        }
        Organisationsnummer.problemWith(a.getProvider().getOrgnr().toString())
                .ifPresent(p -> problems.put("orgnr", "provider.application.orgnr." + p.name()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean answer = a.getStatus() == ApplicationStatus.COMPLETION_REQUESTED;
        a.setStatus(ApplicationStatus.SUBMITTED);
        a.setSubmittedAt(clock.instant());
        a.touch(clock.instant());
        if (a.getReference() == null) {
            a.setReference(referenceFor(a));
        }
        if (!answer) {
            Accreditation accreditation = accreditations
                    .findByProviderAndServiceType(a.getProvider(), a.getServiceType())
                    .orElseGet(() -> new Accreditation(a.getProvider(), a.getServiceType(), RecordOrigin.PORTAL));
            accreditation.changeStatus(
                    AccreditationStatus.APPLIED, LocalDate.now(clock), null, null, username(), clock.instant());
            accreditations.save(accreditation);
            events.publishEvent(new AccreditationStatusChanged(accreditation.getId(), AccreditationStatus.APPLIED));
            // A receipt in the inbox too: the reference, the time it takes, and the way back to it.
            notifications.save(Notification.toProvider(
                            a.getProvider(),
                            "APPLICATION_RECEIVED",
                            "Vi har tagit emot er ansökan: "
                                    + a.getServiceType().getName().sv(),
                            "Kommunen har tagit emot er ansökan om auktorisation för "
                                    + a.getServiceType().getName().sv() + " med referensnummer "
                                    + a.getReference() + ". Handläggningen tar ungefär " + processingWeeks
                                    + " veckor. Ni får ett meddelande här när kommunen har beslutat eller"
                                    + " behöver veta mer.",
                            clock.instant())
                    .linkingTo(BackOfficePages.applicationPath(a.getId()), BackOfficePages.APPLICATION_LABEL));
        }
        flush(a);
    }

    /**
     * ANS-2026-0012: the year it was first submitted and the application's number. Unique by
     * construction (the id is), so two providers submitting at once cannot get the same one.
     */
    private String referenceFor(AccreditationApplication a) {
        int year = a.getSubmittedAt()
                .atZone(java.time.ZoneId.of("Europe/Stockholm"))
                .getYear();
        return "ANS-%d-%04d".formatted(year, a.getId());
    }

    /** The provider's answer to a completion request; the application goes back to the officers. */
    @RolesAllowed(Role.PROVIDER)
    public void answer(long id, long version, String text) {
        AccreditationApplication a = editableOwn(id, version);
        if (a.getStatus() != ApplicationStatus.COMPLETION_REQUESTED) {
            throw new InvalidInputException(Map.of("answer", "provider.application.answer.notRequested"));
        }
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new InvalidInputException(Map.of("answer", "provider.application.answer.required"));
        }
        a.getMessages()
                .add(new ApplicationMessage(
                        a, ApplicationMessage.AuthorRole.PROVIDER, username(), text.strip(), clock.instant()));
        // It was complete when first submitted; the answer (and any attachment added with it) goes back as it is.
        a.setStatus(ApplicationStatus.SUBMITTED);
        a.setSubmittedAt(clock.instant());
        a.touch(clock.instant());
        flush(a);
    }

    /**
     * Adds a PDF without naming the requirement: it proves the first requirement that asks for an
     * intyg and has none yet (or none, if every one has its file). For callers that predate
     * attachments being tied to requirements; the form names the requirement.
     */
    @RolesAllowed(Role.PROVIDER)
    public void addAttachment(long applicationId, String fileName, byte[] content, boolean confidential) {
        AccreditationApplication a = own(applicationId)
                .filter(ProviderService::editable)
                .orElseThrow(
                        () -> new InvalidInputException(Map.of("attachments", "provider.application.notEditable")));
        String code = requirementsOf(a.getServiceType()).stream()
                .filter(Requirement::isAttachmentRequired)
                .filter(r -> a.getAttachments().stream()
                        .noneMatch(f -> f.getRequirement() != null
                                && f.getRequirement().getId().equals(r.getId())))
                .map(Requirement::getCode)
                .findFirst()
                .orElse(null);
        addAttachment(applicationId, code, fileName, content, confidential);
    }

    /**
     * Adds a PDF to a draft as the proof (intyg) of one requirement. Checked by content (a PDF
     * header and end-of-file marker), not by its name; at most 10 MB. The same file (by SHA-256)
     * is refused as proof of a second requirement: each requirement needs the document that shows
     * it.
     *
     * @param requirementCode the requirement the file proves (null: a general attachment)
     * @throws InvalidInputException for a file that is not a PDF, too large or already proving
     *     another requirement, keyed {@code attachments.<requirement>}; nothing is stored then
     */
    @RolesAllowed(Role.PROVIDER)
    public void addAttachment(
            long applicationId, String requirementCode, String fileName, byte[] content, boolean confidential) {
        String field = requirementCode == null ? "attachments" : "attachments." + requirementCode;
        AccreditationApplication a = own(applicationId)
                .filter(ProviderService::editable)
                .orElseThrow(() -> new InvalidInputException(Map.of(field, "provider.application.notEditable")));
        Requirement requirement = requirementCode == null
                ? null
                : requirementsOf(a.getServiceType()).stream()
                        .filter(r -> r.getCode().equals(requirementCode))
                        .findFirst()
                        .orElseThrow(() ->
                                new InvalidInputException(Map.of(field, "provider.application.declarations.unknown")));
        if (content == null || content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
            throw new InvalidInputException(Map.of(field, "provider.application.attachment.size"));
        }
        if (!isPdf(content)) {
            throw new InvalidInputException(Map.of(field, "provider.application.attachment.notPdf"));
        }
        String hash = ApplicationAttachment.sha256Of(content);
        boolean provesAnother = a.getAttachments().stream()
                .anyMatch(f -> hash.equals(f.getSha256())
                        && f.getRequirement() != null
                        && (requirement == null || !f.getRequirement().getId().equals(requirement.getId())));
        if (provesAnother) {
            throw new InvalidInputException(Map.of(field, "provider.application.attachment.sameFile"));
        }
        String name = fileName == null || fileName.isBlank()
                ? "bilaga.pdf"
                : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        a.getEditors().add(username());
        a.getAttachments()
                .add(new ApplicationAttachment(
                        a,
                        requirement,
                        name.length() > 200 ? name.substring(0, 200) : name,
                        content,
                        confidential,
                        username(),
                        clock.instant()));
        a.touch(clock.instant());
    }

    static boolean isPdf(byte[] content) {
        if (content.length < 8 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return false;
        }
        int tail = Math.min(content.length, 2048);
        String end = new String(content, content.length - tail, tail, StandardCharsets.ISO_8859_1);
        return end.contains("%%EOF");
    }

    @RolesAllowed(Role.PROVIDER)
    public void removeAttachment(long attachmentId) {
        attachments
                .findOwn(attachmentId, orgnr())
                .filter(f -> editable(f.getApplication()))
                .ifPresent(f -> f.getApplication().getAttachments().remove(f));
    }

    /** An attachment's file; empty if it is not the provider's own. */
    @RolesAllowed(Role.PROVIDER)
    @Transactional(readOnly = true)
    public Optional<byte[]> attachment(long attachmentId) {
        return attachments.findOwn(attachmentId, orgnr()).map(ApplicationAttachment::getContent);
    }

    private void check(
            int step, AccreditationApplication a, ApplicationForm.ApplicationDraft d, Map<String, String> problems) {
        Class<?> group = switch (step) {
            case 1 -> ApplicationForm.ApplicationDraft.Organisation.class;
            case 3 -> ApplicationForm.ApplicationDraft.Places.class;
            default -> null;
        };
        if (group != null) {
            // Bean Validation, this step's group; the first problem per field is the one shown.
            validator.validate(d, group).stream()
                    .sorted(java.util.Comparator.comparing(
                            v -> v.getPropertyPath().toString()))
                    .forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (step == 2) {
            Set<String> known = requirementsOf(a.getServiceType()).stream()
                    .map(Requirement::getCode)
                    .collect(java.util.stream.Collectors.toSet());
            if (!known.containsAll(d.declarations())) {
                problems.put("declarations", "provider.application.declarations.unknown");
            }
        }
        if (step == 3 && d.areas().stream().anyMatch(c -> registers.area(c).isEmpty())) {
            problems.put("areas", "provider.application.areas.required");
        }
    }

    private void apply(int step, AccreditationApplication a, ApplicationForm.ApplicationDraft d) {
        switch (step) {
            case 1 -> {
                a.setLegalForm(d.legalForm().strip());
                a.setAddress(d.address().strip());
                a.setContactName(d.contactName().strip());
                a.setContactEmail(d.contactEmail().strip());
                a.setContactPhone(d.contactPhone().strip());
            }
            case 2 -> {
                a.getDeclarations().clear();
                requirementsOf(a.getServiceType()).stream()
                        .filter(r -> d.declarations().contains(r.getCode()))
                        .forEach(a.getDeclarations()::add);
            }
            case 3 -> {
                a.getAreas().clear();
                d.areas().forEach(c -> registers.area(c).ifPresent(a.getAreas()::add));
                a.setCapacity(d.capacity());
                a.setStaffCompetence(d.staffCompetence().strip());
            }
            default -> {
                // nothing to store
            }
        }
    }

    private AccreditationApplication editableOwn(long id, long version) {
        AccreditationApplication a = own(id).orElseThrow(
                        () -> new InvalidInputException(Map.of("application", "provider.application.notFound")));
        if (a.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        if (!editable(a)) {
            throw new InvalidInputException(Map.of("application", "provider.application.notEditable"));
        }
        return a;
    }

    private long flush(AccreditationApplication a) {
        try {
            applications.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
        return a.getVersion();
    }

    private Optional<AccreditationApplication> own(long id) {
        return applications.findOwn(id, orgnr());
    }

    private Provider ownProvider() {
        return providers.findByOrgnr(orgnr()).orElseThrow(() -> new IllegalStateException("Provider user not linked"));
    }

    private String orgnr() {
        return currentUser
                .get()
                .flatMap(KundvalUser::orgnr)
                .map(Organisationsnummer::toString)
                .orElseThrow(() -> new IllegalStateException("Provider user without organisation number"));
    }

    private String username() {
        return currentUser.get().map(KundvalUser::username).orElseThrow();
    }
}

package se.kundval.provider;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;
import se.kundval.provider.internal.AccreditationApplicationRepository;
import se.kundval.provider.internal.AccreditationRepository;
import se.kundval.provider.internal.ApplicationAttachmentRepository;
import se.kundval.provider.internal.RequirementRepository;
import se.kundval.register.Area;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.FieldChecks;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;
import se.kundval.shared.TextLimits;

/**
 * The commissioning officers' review of accreditation applications: the queue, one application
 * with its checklist, and the decisions (approve, reject, ask for completion) under the four-eyes
 * rule. Approving publishes {@link AccreditationApproved}; the catalogue opens the provider's page.
 */
@Service
@Transactional
public class ApplicationReviewService {

    private final AccreditationApplicationRepository applications;
    private final ApplicationAttachmentRepository attachments;
    private final AccreditationRepository accreditations;
    private final RequirementRepository requirements;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApplicationReviewService(
            AccreditationApplicationRepository applications,
            ApplicationAttachmentRepository attachments,
            AccreditationRepository accreditations,
            RequirementRepository requirements,
            Notifications notifications,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.applications = applications;
        this.attachments = attachments;
        this.accreditations = accreditations;
        this.requirements = requirements;
        this.notifications = notifications;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Submitted applications, oldest first, with days waiting. */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<ReviewQueueLine> reviewQueue(Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return applications.findByStatusOrderBySubmittedAt(ApplicationStatus.SUBMITTED).stream()
                .map(a -> {
                    Instant since = a.getSubmittedAt() != null ? a.getSubmittedAt() : a.getUpdatedAt();
                    return new ReviewQueueLine(
                            a.getId(),
                            a.getProvider().getName(),
                            a.getProvider().getOrgnr().toString(),
                            a.getServiceType().getName().in(locale),
                            since,
                            ChronoUnit.DAYS.between(
                                    since.atZone(clock.getZone()).toLocalDate(), today));
                })
                .toList();
    }

    /** An application with everything the officer needs to decide; empty if there is none. */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public Optional<ApplicationReview> review(long id, Locale locale) {
        return applications
                .findById(id)
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .map(a -> {
                    List<Requirement> checklist = requirements.findByServiceTypeOrderBySortOrder(a.getServiceType());
                    List<ApplicationReview.HistoryEntry> history = accreditations
                            .findByProviderAndServiceType(a.getProvider(), a.getServiceType())
                            .map(acc -> acc.getHistory().stream()
                                    .map(e -> new ApplicationReview.HistoryEntry(
                                            e.getStatus(), e.getOccurredOn(), e.getActor(), e.getReason()))
                                    .toList())
                            .orElse(List.of());
                    return new ApplicationReview(
                            a.getId(),
                            a.getStatus(),
                            a.getProvider().getName(),
                            a.getProvider().getOrgnr().toString(),
                            a.getServiceType().getName().in(locale),
                            a.getLegalForm(),
                            a.getAddress(),
                            a.getContactName(),
                            a.getContactEmail(),
                            a.getContactPhone(),
                            a.getCapacity(),
                            a.getStaffCompetence(),
                            a.getAreas().stream().map(Area::getName).sorted().toList(),
                            checklist.stream()
                                    .map(r -> new ApplicationReview.ChecklistItem(
                                            r.getId(),
                                            r.getText().in(locale),
                                            a.getDeclarations().contains(r),
                                            r.isAttachmentRequired()))
                                    .toList(),
                            a.getAttachments().stream()
                                    .map(f -> new ApplicationReview.Attachment(
                                            f.getId(), f.getFileName(), f.getSizeBytes(), f.isConfidential()))
                                    .toList(),
                            a.getMessages().stream()
                                    .map(m -> new ApplicationReview.Message(
                                            m.getAuthor(), m.getAuthorRole().name(), m.getText(), m.getCreatedAt()))
                                    .toList(),
                            history,
                            Set.copyOf(a.getEditors()),
                            a.getSubmittedAt(),
                            a.getVersion());
                });
    }

    /** An attachment of a submitted application, for the officer. */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public Optional<byte[]> attachment(long attachmentId) {
        return attachments
                .findById(attachmentId)
                .filter(f -> f.getApplication().getStatus() != ApplicationStatus.DRAFT)
                .map(f -> f.getContent());
    }

    /**
     * The officer corrects an obvious mistake in the contact details of a submitted application
     * (e.g. a mistyped e-mail address after a phone call). The officer becomes one of its editors
     * and may then not decide it.
     */
    /** The application's contact phone column. */
    private static final int MAX_CONTACT_PHONE = 40;

    @RolesAllowed(Role.HUVUDMAN)
    public void correctContact(long id, long version, String contactName, String contactEmail, String contactPhone) {
        AccreditationApplication a = submitted(id, version);
        // Each field against its column, the message at the field.
        Map<String, String> problems = new LinkedHashMap<>();
        TextLimits.required(problems, "contactName", contactName, TextLimits.CONTACT);
        TextLimits.required(problems, "contactEmail", contactEmail, TextLimits.CONTACT);
        if (!problems.containsKey("contactEmail") && !contactEmail.contains("@")) {
            problems.put("contactEmail", "commission.correct.invalid");
        }
        TextLimits.required(problems, "contactPhone", contactPhone, MAX_CONTACT_PHONE);
        FieldChecks.failIf(problems);
        a.setContactName(contactName.strip());
        a.setContactEmail(contactEmail.strip());
        a.setContactPhone(contactPhone.strip());
        a.getEditors().add(officer());
        a.getMessages()
                .add(new ApplicationMessage(
                        a,
                        ApplicationMessage.AuthorRole.OFFICER,
                        officer(),
                        "Kontaktuppgifterna rättades av kommunen.",
                        clock.instant()));
        flush(a);
    }

    /**
     * Approves: the accreditation is valid from the date; the provider gets a page in the
     * catalogue to fill in (shown to residents once it is written in Swedish). The officer must
     * have ticked every requirement of the service type as checked ({@code checkedRequirements},
     * requirement ids): an approval with a requirement nobody looked at is refused.
     */
    @RolesAllowed(Role.HUVUDMAN)
    public void approve(long id, long version, LocalDate validFrom, Set<Long> checkedRequirements) {
        AccreditationApplication a = decidable(id, version);
        boolean allChecked = requirements.findByServiceTypeOrderBySortOrder(a.getServiceType()).stream()
                .allMatch(r -> checkedRequirements != null && checkedRequirements.contains(r.getId()));
        if (!allChecked) {
            throw new InvalidInputException(Map.of("checklist", "commission.approve.unchecked"));
        }
        if (validFrom == null || validFrom.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new InvalidInputException(Map.of("validFrom", "commission.decision.validFrom.invalid"));
        }
        Accreditation accreditation = accreditationOf(a);
        accreditation.changeStatus(
                AccreditationStatus.APPROVED, LocalDate.now(clock), validFrom, null, officer(), clock.instant());
        accreditation.markDecidedInPortal();
        accreditations.save(accreditation);
        events.publishEvent(new AccreditationStatusChanged(accreditation.getId(), accreditation.getStatus()));
        // The catalogue opens the provider's page for this accreditation (in this transaction).
        events.publishEvent(new AccreditationApproved(
                accreditation.getId(),
                a.getCapacity() == null ? 0 : a.getCapacity(),
                a.getAreas().stream().map(Area::getCode).collect(Collectors.toUnmodifiableSet()),
                a.getContactPhone(),
                a.getContactEmail()));
        a.decided(officer(), clock.instant(), AccreditationStatus.APPROVED);
        notifyProvider(
                a.getProvider(),
                "ACCREDITATION_APPROVED",
                "Er ansökan är godkänd: " + a.getServiceType().getName().sv(),
                "Kommunen har godkänt er ansökan om auktorisation för "
                        + a.getServiceType().getName().sv()
                        + " från " + Decisions.inWords(validFrom)
                        + ". Skriv er sida i katalogen under Kontor; den visas för invånarna"
                        + " när den har en text på svenska.",
                a);
        flush(a);
    }

    /** Rejects, with a reason the provider is given. */
    @RolesAllowed(Role.HUVUDMAN)
    public void reject(long id, long version, String reason) {
        AccreditationApplication a = decidable(id, version);
        String why = Decisions.reason(reason);
        Accreditation accreditation = accreditationOf(a);
        accreditation.changeStatus(
                AccreditationStatus.REJECTED,
                LocalDate.now(clock),
                null,
                new LocalizedText(why, null),
                officer(),
                clock.instant());
        accreditation.markDecidedInPortal();
        accreditations.save(accreditation);
        events.publishEvent(new AccreditationStatusChanged(accreditation.getId(), accreditation.getStatus()));
        a.getMessages()
                .add(new ApplicationMessage(a, ApplicationMessage.AuthorRole.OFFICER, officer(), why, clock.instant()));
        a.decided(officer(), clock.instant(), AccreditationStatus.REJECTED);
        notifyProvider(
                a.getProvider(),
                "ACCREDITATION_REJECTED",
                "Er ansökan är avslagen: " + a.getServiceType().getName().sv(),
                "Kommunen har avslagit er ansökan om auktorisation för "
                        + a.getServiceType().getName().sv() + ". Skäl: " + why,
                a);
        flush(a);
    }

    /** Sends the application back to the provider with what is missing. */
    @RolesAllowed(Role.HUVUDMAN)
    public void requestCompletion(long id, long version, String message) {
        AccreditationApplication a = decidable(id, version);
        String text = Decisions.reason(message);
        a.setStatus(ApplicationStatus.COMPLETION_REQUESTED);
        a.getMessages()
                .add(new ApplicationMessage(
                        a, ApplicationMessage.AuthorRole.OFFICER, officer(), text, clock.instant()));
        notifyProvider(
                a.getProvider(),
                "COMPLETION_REQUESTED",
                "Komplettera er ansökan: " + a.getServiceType().getName().sv(),
                "Kommunen behöver mer underlag för er ansökan om "
                        + a.getServiceType().getName().sv() + ": " + text + " Svara i ansökan.",
                a);
        flush(a);
    }

    private Accreditation accreditationOf(AccreditationApplication a) {
        return accreditations
                .findByProviderAndServiceType(a.getProvider(), a.getServiceType())
                .orElseGet(() -> new Accreditation(a.getProvider(), a.getServiceType(), RecordOrigin.PORTAL));
    }

    private AccreditationApplication submitted(long id, long version) {
        AccreditationApplication a = applications
                .findById(id)
                .filter(app -> app.getStatus() == ApplicationStatus.SUBMITTED)
                .orElseThrow(
                        () -> new InvalidInputException(Map.of("application", "commission.decision.notSubmitted")));
        if (a.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return a;
    }

    /** Four-eyes: an officer who wrote in the application may not decide it. */
    private AccreditationApplication decidable(long id, long version) {
        AccreditationApplication a = submitted(id, version);
        if (a.getEditors().contains(officer())) {
            throw new InvalidInputException(Map.of("decision", "commission.decision.fourEyes"));
        }
        return a;
    }

    /** The message links to the application it is about. */
    private void notifyProvider(
            Provider provider, String topic, String subject, String body, AccreditationApplication about) {
        notifications.save(Notification.toProvider(provider, topic, subject, body, clock.instant())
                .linkingTo(BackOfficePages.applicationPath(about.getId()), BackOfficePages.APPLICATION_LABEL));
    }

    private void flush(AccreditationApplication a) {
        try {
            applications.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String officer() {
        return currentUser.get().map(KundvalUser::username).orElseThrow();
    }
}

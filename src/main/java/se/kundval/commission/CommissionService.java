package se.kundval.commission;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.ListingErrorReport;
import se.kundval.catalogue.Offering;
import se.kundval.catalogue.QualityIndicator;
import se.kundval.catalogue.QualityScores;
import se.kundval.catalogue.internal.ListingErrorReportRepository;
import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.catalogue.internal.QualityIndicatorRepository;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;
import se.kundval.provider.Accreditation;
import se.kundval.provider.AccreditationApplication;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.AccreditationWithdrawn;
import se.kundval.provider.ApplicationMessage;
import se.kundval.provider.ApplicationStatus;
import se.kundval.provider.Provider;
import se.kundval.provider.Requirement;
import se.kundval.provider.internal.AccreditationApplicationRepository;
import se.kundval.provider.internal.AccreditationRepository;
import se.kundval.provider.internal.ApplicationAttachmentRepository;
import se.kundval.provider.internal.ProviderRepository;
import se.kundval.provider.internal.RequirementRepository;
import se.kundval.referencedata.QualityIndicatorCsv;
import se.kundval.register.Area;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.ServiceType;
import se.kundval.register.internal.IndicatorDefinitionRepository;
import se.kundval.register.internal.ServiceTypeRepository;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;
import se.kundval.shared.ReferenceDataException;

/**
 * The commissioning officers' (huvudmannagruppen's) work: the review queue and decisions on
 * applications (four-eyes: never on one they edited themselves), oversight of accreditations
 * (suspend, revoke, lift), reports of errors in listings, and the quality-indicator import.
 * Every decision records who and when, shows on the provider's timeline and tells the provider.
 */
@Service
@Transactional
public class CommissionService {

    static final int MAX_REASON = 2000;

    private final AccreditationApplicationRepository applications;
    private final ApplicationAttachmentRepository attachments;
    private final AccreditationRepository accreditations;
    private final RequirementRepository requirements;
    private final ProviderRepository providers;
    private final OfferingRepository offerings;
    private final ServiceTypeRepository serviceTypes;
    private final IndicatorDefinitionRepository indicators;
    private final QualityIndicatorRepository quality;
    private final QualityScores qualityScores;
    private final ListingErrorReportRepository errorReports;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    CommissionService(AccreditationApplicationRepository applications, ApplicationAttachmentRepository attachments,
            AccreditationRepository accreditations, RequirementRepository requirements, ProviderRepository providers,
            OfferingRepository offerings, ServiceTypeRepository serviceTypes, IndicatorDefinitionRepository indicators,
            QualityIndicatorRepository quality, QualityScores qualityScores, ListingErrorReportRepository errorReports,
            Notifications notifications, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.applications = applications;
        this.attachments = attachments;
        this.accreditations = accreditations;
        this.requirements = requirements;
        this.providers = providers;
        this.offerings = offerings;
        this.serviceTypes = serviceTypes;
        this.indicators = indicators;
        this.quality = quality;
        this.qualityScores = qualityScores;
        this.errorReports = errorReports;
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
                    java.time.Instant since = a.getSubmittedAt() != null ? a.getSubmittedAt() : a.getUpdatedAt();
                    return new ReviewQueueLine(a.getId(), a.getProvider().getName(), a.getProvider().getOrgnr().toString(),
                            a.getServiceType().getName().in(locale), since,
                            ChronoUnit.DAYS.between(since.atZone(clock.getZone()).toLocalDate(), today));
                })
                .toList();
    }

    /** An application with everything the officer needs to decide; empty if there is none. */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public Optional<ApplicationReview> review(long id, Locale locale) {
        return applications.findById(id).filter(a -> a.getStatus() != ApplicationStatus.DRAFT).map(a -> {
            List<Requirement> checklist = requirements.findByServiceTypeOrderBySortOrder(a.getServiceType());
            List<ApplicationReview.HistoryEntry> history = accreditations
                    .findByProviderAndServiceType(a.getProvider(), a.getServiceType())
                    .map(acc -> acc.getHistory().stream().map(e -> new ApplicationReview.HistoryEntry(e.getStatus(),
                            e.getOccurredOn(), e.getActor(), e.getReason())).toList())
                    .orElse(List.of());
            return new ApplicationReview(a.getId(), a.getStatus(), a.getProvider().getName(),
                    a.getProvider().getOrgnr().toString(), a.getServiceType().getName().in(locale), a.getLegalForm(),
                    a.getAddress(), a.getContactName(), a.getContactEmail(), a.getContactPhone(), a.getCapacity(),
                    a.getStaffCompetence(), a.getAreas().stream().map(Area::getName).sorted().toList(),
                    checklist.stream().map(r -> new ApplicationReview.ChecklistItem(r.getText().in(locale),
                            a.getDeclarations().contains(r), r.isAttachmentRequired())).toList(),
                    a.getAttachments().stream().map(f -> new ApplicationReview.Attachment(f.getId(), f.getFileName(),
                            f.getSizeBytes(), f.isConfidential())).toList(),
                    a.getMessages().stream().map(m -> new ApplicationReview.Message(m.getAuthor(),
                            m.getAuthorRole().name(), m.getText(), m.getCreatedAt())).toList(),
                    history, java.util.Set.copyOf(a.getEditors()), a.getSubmittedAt(), a.getVersion());
        });
    }

    /** An attachment of a submitted application, for the officer. */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public Optional<byte[]> attachment(long attachmentId) {
        return attachments.findById(attachmentId)
                .filter(f -> f.getApplication().getStatus() != ApplicationStatus.DRAFT)
                .map(f -> f.getContent());
    }

    /**
     * The officer corrects an obvious mistake in the contact details of a submitted application
     * (e.g. a mistyped e-mail address after a phone call). The officer becomes one of its editors
     * and may then not decide it.
     */
    @RolesAllowed(Role.HUVUDMAN)
    public void correctContact(long id, long version, String contactName, String contactEmail, String contactPhone) {
        AccreditationApplication a = submitted(id, version);
        if (blank(contactName) || blank(contactEmail) || !contactEmail.contains("@") || blank(contactPhone)) {
            throw new InvalidInputException(Map.of("contact", "commission.correct.invalid"));
        }
        a.setContactName(contactName.strip());
        a.setContactEmail(contactEmail.strip());
        a.setContactPhone(contactPhone.strip());
        a.getEditors().add(officer());
        a.getMessages().add(new ApplicationMessage(a, ApplicationMessage.AuthorRole.OFFICER, officer(),
                "Kontaktuppgifterna rättades av kommunen.", clock.instant()));
        flush(a);
    }

    /**
     * Approves: the accreditation is valid from the date; the provider gets a page in the
     * catalogue to fill in (shown to residents once it is written in Swedish).
     */
    @RolesAllowed(Role.HUVUDMAN)
    public void approve(long id, long version, LocalDate validFrom) {
        AccreditationApplication a = decidable(id, version);
        if (validFrom == null || validFrom.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new InvalidInputException(Map.of("validFrom", "commission.decision.validFrom.invalid"));
        }
        Accreditation accreditation = accreditationOf(a);
        accreditation.changeStatus(AccreditationStatus.APPROVED, LocalDate.now(clock), validFrom, null, officer(),
                clock.instant());
        accreditation.markDecidedInPortal();
        accreditations.save(accreditation);
        if (offerings.findByProviderOrgnr(a.getProvider().getOrgnr().toString()).stream()
                .noneMatch(o -> o.getAccreditation().getId().equals(accreditation.getId()))) {
            Offering offering = new Offering(newOfferingCode(a), accreditation, RecordOrigin.PORTAL);
            offering.setCapacity(a.getCapacity() == null ? 0 : a.getCapacity());
            offering.setTakesNewCustomers(false);
            offering.getAreas().addAll(a.getAreas());
            offering.setPhone(a.getContactPhone());
            offering.setEmail(a.getContactEmail());
            offerings.save(offering);
        }
        a.decided(officer(), clock.instant());
        notifyProvider(a.getProvider(), "ACCREDITATION_APPROVED", "Er ansökan är godkänd: " + a.getServiceType().getName().sv(),
                "Kommunen har godkänt er ansökan om auktorisation för " + a.getServiceType().getName().sv()
                        + " från " + validFrom + ". Skriv er sida i katalogen under Kontor; den visas för invånarna"
                        + " när den har en text på svenska.");
        flush(a);
    }

    /** Rejects, with a reason the provider is given. */
    @RolesAllowed(Role.HUVUDMAN)
    public void reject(long id, long version, String reason) {
        AccreditationApplication a = decidable(id, version);
        String why = reason(reason);
        Accreditation accreditation = accreditationOf(a);
        accreditation.changeStatus(AccreditationStatus.REJECTED, LocalDate.now(clock), null, new LocalizedText(why, null),
                officer(), clock.instant());
        accreditation.markDecidedInPortal();
        accreditations.save(accreditation);
        a.getMessages().add(new ApplicationMessage(a, ApplicationMessage.AuthorRole.OFFICER, officer(), why, clock.instant()));
        a.decided(officer(), clock.instant());
        notifyProvider(a.getProvider(), "ACCREDITATION_REJECTED", "Er ansökan är avslagen: " + a.getServiceType().getName().sv(),
                "Kommunen har avslagit er ansökan om auktorisation för " + a.getServiceType().getName().sv() + ". Skäl: " + why);
        flush(a);
    }

    /** Sends the application back to the provider with what is missing. */
    @RolesAllowed(Role.HUVUDMAN)
    public void requestCompletion(long id, long version, String message) {
        AccreditationApplication a = decidable(id, version);
        String text = reason(message);
        a.setStatus(ApplicationStatus.COMPLETION_REQUESTED);
        a.getMessages().add(new ApplicationMessage(a, ApplicationMessage.AuthorRole.OFFICER, officer(), text, clock.instant()));
        notifyProvider(a.getProvider(), "COMPLETION_REQUESTED", "Komplettera er ansökan: " + a.getServiceType().getName().sv(),
                "Kommunen behöver mer underlag för er ansökan om " + a.getServiceType().getName().sv() + ": " + text
                        + " Svara under Kontor.");
        flush(a);
    }

    /** Every accreditation, for oversight. */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<AccreditationRow> accreditations(Locale locale) {
        return accreditations.findAll().stream()
                .sorted(Comparator.comparing((Accreditation a) -> a.getProvider().getName())
                        .thenComparing(a -> a.getServiceType().getSortOrder()))
                .map(a -> new AccreditationRow(a.getId(), a.getProvider().getName(), a.getProvider().getOrgnr().toString(),
                        a.getServiceType().getName().in(locale), a.getStatus(), a.getValidFrom(),
                        a.getReason() == null ? null : a.getReason().in(locale)))
                .toList();
    }

    /**
     * Suspends an approved accreditation: its offerings leave the catalogue at once, and residents
     * who chose it are told and may choose again (the choice feature reacts to the event).
     */
    @RolesAllowed(Role.HUVUDMAN)
    public void suspend(long accreditationId, String reason) {
        withdraw(accreditationId, reason, AccreditationStatus.SUSPENDED, java.util.EnumSet.of(AccreditationStatus.APPROVED));
    }

    /** Revokes (återkallar) an approved or suspended accreditation. */
    @RolesAllowed(Role.HUVUDMAN)
    public void revoke(long accreditationId, String reason) {
        withdraw(accreditationId, reason, AccreditationStatus.REVOKED,
                java.util.EnumSet.of(AccreditationStatus.APPROVED, AccreditationStatus.SUSPENDED));
    }

    private void withdraw(long accreditationId, String reason, AccreditationStatus to,
            java.util.Set<AccreditationStatus> from) {
        Accreditation a = accreditations.findById(accreditationId).filter(acc -> from.contains(acc.getStatus()))
                .orElseThrow(() -> new InvalidInputException(Map.of("accreditation", "commission.oversight.notPossible")));
        String why = reason(reason);
        a.changeStatus(to, LocalDate.now(clock), a.getValidFrom(), new LocalizedText(why, null), officer(), clock.instant());
        a.markDecidedInPortal();
        accreditations.saveAndFlush(a);
        events.publishEvent(new AccreditationWithdrawn(a.getId(), to, officer()));
        notifyProvider(a.getProvider(), "ACCREDITATION_" + to.name(),
                (to == AccreditationStatus.SUSPENDED ? "Er auktorisation är avstängd: " : "Er auktorisation är återkallad: ")
                        + a.getServiceType().getName().sv(),
                "Kommunen har " + (to == AccreditationStatus.SUSPENDED ? "stängt av" : "återkallat") + " er auktorisation för "
                        + a.getServiceType().getName().sv() + ". Skäl: " + why + " Era kunder får veta det och kan välja"
                        + " en annan utförare.");
    }

    /** Lifts a suspension: the accreditation is approved again and the page is back in the catalogue. */
    @RolesAllowed(Role.HUVUDMAN)
    public void liftSuspension(long accreditationId) {
        Accreditation a = accreditations.findById(accreditationId).filter(acc -> acc.getStatus() == AccreditationStatus.SUSPENDED)
                .orElseThrow(() -> new InvalidInputException(Map.of("accreditation", "commission.oversight.notPossible")));
        a.changeStatus(AccreditationStatus.APPROVED, LocalDate.now(clock), a.getValidFrom(), null, officer(), clock.instant());
        accreditations.saveAndFlush(a);
        notifyProvider(a.getProvider(), "ACCREDITATION_APPROVED", "Avstängningen är hävd: " + a.getServiceType().getName().sv(),
                "Kommunen har hävt avstängningen av er auktorisation för " + a.getServiceType().getName().sv() + ".");
    }

    /** Reports of errors in listings, new ones first. */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public List<ErrorReportLine> errorReports() {
        return errorReports.findAll().stream()
                .sorted(Comparator.comparing((ListingErrorReport r) -> !"NEW".equals(r.getStatus()))
                        .thenComparing(ListingErrorReport::getCreatedAt, Comparator.reverseOrder()))
                .map(r -> new ErrorReportLine(r.getId(), r.getOffering().getCode(),
                        r.getOffering().getProvider().getName() + (r.getOffering().getUnitName() == null ? ""
                                : " – " + r.getOffering().getUnitName()),
                        r.getMessage(), r.getContact(), r.getCreatedAt(), !"NEW".equals(r.getStatus())))
                .toList();
    }

    @RolesAllowed(Role.HUVUDMAN)
    public void markHandled(long reportId) {
        errorReports.findById(reportId).ifPresent(r -> r.markHandled(officer(), clock.instant()));
    }

    /**
     * Checks a quality-indicator file (the format of providers-data/quality-indicators.csv) row
     * by row without storing anything.
     */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public QualityImportReport checkQualityFile(byte[] content) {
        return parse(content).report();
    }

    /**
     * Stores a quality-indicator file, all rows in one transaction, only if every row is fine.
     *
     * @return the number of rows stored
     * @throws InvalidInputException if the file has any problem; nothing is stored then
     */
    @RolesAllowed(Role.HUVUDMAN)
    public int importQualityFile(byte[] content) {
        Parsed parsed = parse(content);
        if (!parsed.report().clean()) {
            throw new InvalidInputException(Map.of("file", "commission.quality.notClean"));
        }
        for (Resolved r : parsed.rows()) {
            QualityIndicator qi = quality.findByProviderAndServiceTypeAndIndicatorAndYear(r.provider(), r.type(),
                    r.indicator(), r.row().year())
                    .orElseGet(() -> new QualityIndicator(r.provider(), r.type(), r.indicator(), r.row().year(),
                            RecordOrigin.PORTAL));
            qi.setValue(r.row().value());
            qi.setRespondents(r.row().respondents());
            qi.setSource(r.row().source());
            quality.save(qi);
        }
        qualityScores.recompute();
        return parsed.rows().size();
    }

    private record Resolved(QualityIndicatorCsv.Row row, Provider provider, ServiceType type, IndicatorDefinition indicator) {
    }

    private record Parsed(List<Resolved> rows, QualityImportReport report) {
    }

    private Parsed parse(byte[] content) {
        List<QualityImportReport.RowProblem> problems = new ArrayList<>();
        List<Resolved> rows = new ArrayList<>();
        String text = content == null ? "" : new String(content, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            problems.add(new QualityImportReport.RowProblem(1, "Filen är tom. Första raden ska vara "
                    + String.join(";", QualityIndicatorCsv.HEADER)));
            return new Parsed(rows, new QualityImportReport(0, problems));
        }
        try {
            QualityIndicatorCsv.parse("fil", List.of(lines.getFirst()));
        } catch (ReferenceDataException e) {
            problems.add(new QualityImportReport.RowProblem(1, "Första raden ska vara "
                    + String.join(";", QualityIndicatorCsv.HEADER)));
            return new Parsed(rows, new QualityImportReport(0, problems));
        }
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                // The shared parser checks one row at a time, so every row's problem is reported.
                QualityIndicatorCsv.Row row = QualityIndicatorCsv.parse("fil", List.of(lines.getFirst(), lines.get(i)))
                        .getFirst();
                Optional<Provider> provider = providers.findByOrgnr(row.provider().toString());
                Optional<ServiceType> type = serviceTypes.findByCode(row.serviceType());
                Optional<IndicatorDefinition> indicator = indicators.findByCode(row.indicator());
                if (provider.isEmpty()) {
                    problems.add(new QualityImportReport.RowProblem(line, "Okänd utförare " + row.provider()));
                } else if (type.isEmpty()) {
                    problems.add(new QualityImportReport.RowProblem(line, "Okänd tjänst " + row.serviceType()));
                } else if (indicator.isEmpty()) {
                    problems.add(new QualityImportReport.RowProblem(line, "Okänt mått " + row.indicator()));
                } else {
                    rows.add(new Resolved(row, provider.get(), type.get(), indicator.get()));
                }
            } catch (ReferenceDataException e) {
                String message = e.getMessage().replaceFirst("^fil, line \\d+, ", "").replaceFirst("^fil, line \\d+: ", "");
                problems.add(new QualityImportReport.RowProblem(line, message));
            }
        }
        return new Parsed(rows, new QualityImportReport(rows.size(), problems));
    }

    private Accreditation accreditationOf(AccreditationApplication a) {
        return accreditations.findByProviderAndServiceType(a.getProvider(), a.getServiceType())
                .orElseGet(() -> new Accreditation(a.getProvider(), a.getServiceType(), RecordOrigin.PORTAL));
    }

    private String newOfferingCode(AccreditationApplication a) {
        String base = (a.getServiceType().getCode() + "-" + a.getProvider().getName())
                .toUpperCase(Locale.ROOT).replace('Å', 'A').replace('Ä', 'A').replace('Ö', 'O')
                .replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        base = base.length() > 50 ? base.substring(0, 50) : base;
        String code = base;
        for (int n = 2; offerings.findByCode(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private AccreditationApplication submitted(long id, long version) {
        AccreditationApplication a = applications.findById(id).filter(app -> app.getStatus() == ApplicationStatus.SUBMITTED)
                .orElseThrow(() -> new InvalidInputException(Map.of("application", "commission.decision.notSubmitted")));
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

    private String reason(String text) {
        if (blank(text)) {
            throw new InvalidInputException(Map.of("reason", "commission.decision.reason.required"));
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException(Map.of("reason", "commission.decision.reason.tooLong"));
        }
        return text.strip();
    }

    private void notifyProvider(Provider provider, String topic, String subject, String body) {
        notifications.save(Notification.toProvider(provider, topic, subject, body, clock.instant()));
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

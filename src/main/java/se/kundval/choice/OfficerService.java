package se.kundval.choice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.audit.AuditTrail;
import se.kundval.audit.LookUpReason;
import se.kundval.choice.internal.ChoiceEntitlementRepository;
import se.kundval.choice.internal.ChoiceRepository;
import se.kundval.choice.internal.GuidanceConversationRepository;
import se.kundval.choice.internal.ResidentRepository;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.notification.Notification;
import se.kundval.notification.Notifications;
import se.kundval.register.Area;
import se.kundval.register.Registers;
import se.kundval.register.ScopeUnit;
import se.kundval.register.ServiceType;
import se.kundval.register.Specialisation;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;

/**
 * The case officer's (handläggare's) side: registering a vägledande samtal and following the
 * entitlements it created. The officer informs but never recommends: nothing here ranks or marks
 * a provider. Every read of a resident's data is written to the audit trail.
 */
@Service
@Transactional
public class OfficerService {

    static final int MAX_NAME = 100;
    static final int MAX_WISH_TEXT = 1000;
    static final int MAX_REASON = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9][0-9 -]{5,19}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    private final Registers registers;
    private final ResidentRepository residents;
    private final GuidanceConversationRepository conversations;
    private final ChoiceEntitlementRepository entitlements;
    private final ChoiceRepository choices;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    OfficerService(
            Registers registers,
            ResidentRepository residents,
            GuidanceConversationRepository conversations,
            ChoiceEntitlementRepository entitlements,
            ChoiceRepository choices,
            Notifications notifications,
            AuditTrail audit,
            CurrentUser currentUser,
            Clock clock) {
        this.registers = registers;
        this.residents = residents;
        this.conversations = conversations;
        this.entitlements = entitlements;
        this.choices = choices;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The service types an entitlement can be for, with their unit and default deadline. */
    @RolesAllowed(Role.HANDLAGGARE)
    @Transactional(readOnly = true)
    public List<ServiceTypeTerms> serviceTypeTerms(Locale locale) {
        return registers.serviceTypes().stream()
                .map(t -> new ServiceTypeTerms(
                        t.getCode(), t.getName().in(locale), t.getScopeUnit(), t.getChoiceDeadlineDays()))
                .toList();
    }

    /** The reasons a case officer can give for looking a resident up (bundle keys audit.reason.*). */
    public static final List<String> LOOK_UP_REASONS = LookUpReason.codesFor(Role.HANDLAGGARE);

    /**
     * Looks a resident up by personnummer, to fill in the form, for a stated reason. The look-up is
     * audited with the reason whether or not someone was found (the question itself reveals that the
     * officer has a case).
     *
     * @throws InvalidInputException for a wrong personnummer or a missing reason; nothing is looked up then
     */
    @RolesAllowed(Role.HANDLAGGARE)
    public Optional<ResidentDetails> findResident(String personnummer, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        Personnummer.problemWith(personnummer == null ? "" : personnummer)
                .ifPresent(problem -> problems.put("personnummer", "officer.form.personnummer." + problem.name()));
        if (reason == null || !LOOK_UP_REASONS.contains(reason)) {
            problems.put("lookUpReason", "officer.form.lookup.reason.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Personnummer p = Personnummer.parse(personnummer);
        Optional<Resident> found = residents.findByPersonnummer(p.digits());
        audit.record(
                officer(),
                Role.HANDLAGGARE,
                found.map(Resident::getId).orElse(null),
                "LOOK_UP_RESIDENT",
                reason,
                null,
                null,
                found.isPresent() ? "found" : "not found");
        return found.map(r -> new ResidentDetails(
                r.getFirstName(),
                r.getLastName(),
                r.getArea() == null ? null : r.getArea().getCode(),
                r.getContactPreference(),
                r.getEmail(),
                r.getPhone(),
                r.getVersion(),
                existing(p)));
    }

    /** The person's entitlements with the provider in charge today, for the look-up (already audited there). */
    private List<ExistingEntitlement> existing(Personnummer p) {
        List<ChoiceEntitlement> all = entitlements.findForResident(p.digits());
        Map<Long, String> providers = new HashMap<>();
        if (!all.isEmpty()) {
            choices.findActiveForEntitlements(
                            all.stream().map(ChoiceEntitlement::getId).toList())
                    .forEach(
                            c -> providers.put(c.getEntitlement().getId(), ChoiceService.displayName(c.getOffering())));
        }
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return all.stream()
                .map(e -> new ExistingEntitlement(
                        e.getId(),
                        e.getServiceType().getName().in(locale),
                        e.getScope(),
                        e.getServiceType().getScopeUnit(),
                        e.getStatus(),
                        e.getDeadline(),
                        providers.get(e.getId())))
                .toList();
    }

    /**
     * Opens one of the officer's own cases (the entitlements they registered; others' cases are not
     * theirs to read). The read is audited.
     */
    @RolesAllowed(Role.HANDLAGGARE)
    public Optional<OfficerCase> openCase(long entitlementId, Locale locale) {
        String officer = officer();
        Optional<ChoiceEntitlement> found = entitlements
                .findWithResident(entitlementId)
                .filter(e -> e.getConversation().getOfficer().equals(officer));
        found.ifPresent(e -> audit.record(
                officer, Role.HANDLAGGARE, e.getResident().getId(), "READ_CASE", "entitlement " + e.getId()));
        return found.map(e -> toCase(e, locale));
    }

    private OfficerCase toCase(ChoiceEntitlement e, Locale locale) {
        Resident r = e.getResident();
        List<OfficerCase.CaseChoice> made = choices.findByEntitlementOrderByMadeAtDesc(e).stream()
                .map(c -> new OfficerCase.CaseChoice(
                        c.getReference(),
                        ChoiceService.displayName(c.getOffering()),
                        c.getStatus(),
                        c.getMadeBy(),
                        c.getValidFrom(),
                        c.getValidTo()))
                .toList();
        List<OfficerCase.CaseEvent> events = e.getHistory().stream()
                .map(h -> new OfficerCase.CaseEvent(h.getOccurredAt(), h.getActor(), h.getEventType(), h.getDetail()))
                .toList();
        return new OfficerCase(
                e.getId(),
                e.getVersion(),
                r.getFullName(),
                r.getPersonnummer().masked(),
                r.getArea() == null ? null : r.getArea().getName(),
                r.getContactPreference(),
                e.getConversation().getHeldOn(),
                e.getServiceType().getCode(),
                e.getServiceType().getName().in(locale),
                e.getServiceType().getScopeUnit(),
                e.getScope(),
                e.getStatus(),
                e.getDeadline(),
                Set.copyOf(e.getWishedLanguages()),
                e.getWishedSpecialisations().stream()
                        .map(Specialisation::getCode)
                        .collect(java.util.stream.Collectors.toSet()),
                e.getWishText(),
                made,
                events);
    }

    /**
     * Corrects an entitlement of the officer's own case within the rules: the scope within the
     * service type's limits, the deadline only while the person has not chosen and never in the past,
     * wishes from the registers; a reason is required. What changed (not the values) goes to the audit
     * trail, the change with its reason into the entitlement's history, and the person is told when
     * their scope or deadline changed.
     *
     * @throws InvalidInputException when anything is wrong; nothing is stored then
     * @throws ConcurrentEditException when the case changed since the officer opened it
     */
    @RolesAllowed(Role.HANDLAGGARE)
    public OfficerCase correct(long entitlementId, EntitlementCorrection correction, Locale locale) {
        String officer = officer();
        ChoiceEntitlement e = entitlements
                .findWithResident(entitlementId)
                .filter(x -> x.getConversation().getOfficer().equals(officer))
                .orElseThrow(() -> new InvalidInputException(Map.of("case", "officer.case.notFound")));
        if (correction.version() == null || correction.version() != e.getVersion()) {
            throw new ConcurrentEditException();
        }
        LocalDate today = LocalDate.now(clock);
        ServiceType type = e.getServiceType();
        Map<String, String> problems = new LinkedHashMap<>();
        if (e.getStatus() == EntitlementStatus.ENDED) {
            problems.put("case", "officer.case.ended");
        }
        BigDecimal scope = correction.scope();
        if (scope == null || scope.signum() <= 0) {
            problems.put("scope", "officer.form.scope.required");
        } else if (scope.compareTo(maxScope(type.getScopeUnit())) > 0) {
            problems.put(
                    "scope",
                    "officer.form.scope.tooLarge." + type.getScopeUnit().name());
        } else if (scope.stripTrailingZeros().scale() > 1) {
            problems.put("scope", "officer.form.scope.decimals");
        }
        LocalDate deadline = correction.deadline();
        boolean deadlineChanged = deadline != null && !deadline.equals(e.getDeadline());
        if (deadlineChanged && e.getStatus() != EntitlementStatus.WAITING_FOR_CHOICE) {
            problems.put("deadline", "officer.case.deadline.chosen");
        } else if (deadlineChanged && deadline.isBefore(today)) {
            problems.put("deadline", "officer.form.deadline.past");
        }
        for (String language : correction.wishedLanguages()) {
            if (!LANGUAGE.matcher(language).matches()) {
                problems.put("wishedLanguages", "officer.form.languages.invalid");
            }
        }
        List<Specialisation> wishedSpecialisations = correction.wishedSpecialisations().stream()
                .map(registers::specialisation)
                .flatMap(Optional::stream)
                .toList();
        if (wishedSpecialisations.size() != correction.wishedSpecialisations().size()) {
            problems.put("wishedSpecialisations", "officer.form.specialisations.invalid");
        }
        String wishText = blankToNull(correction.wishText());
        if (wishText != null && wishText.length() > MAX_WISH_TEXT) {
            problems.put("wishText", "officer.form.wishText.tooLong");
        }
        String reason = blankToNull(correction.reason());
        if (reason == null) {
            problems.put("reason", "officer.case.reason.required");
        } else if (reason.length() > MAX_REASON) {
            problems.put("reason", "officer.case.reason.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        List<String> changed = new ArrayList<>();
        BigDecimal newScope = scope.setScale(1, java.math.RoundingMode.HALF_UP);
        if (newScope.compareTo(e.getScope()) != 0) {
            changed.add("scope " + e.getScope() + " -> " + newScope);
            e.setScope(newScope);
        }
        if (deadlineChanged) {
            changed.add("deadline " + e.getDeadline() + " -> " + deadline);
            e.setDeadline(deadline);
        }
        if (!e.getWishedLanguages().equals(correction.wishedLanguages())) {
            changed.add("wished languages");
            e.getWishedLanguages().clear();
            e.getWishedLanguages().addAll(correction.wishedLanguages());
        }
        if (!e.getWishedSpecialisations().equals(Set.copyOf(wishedSpecialisations))) {
            changed.add("wished specialisations");
            e.getWishedSpecialisations().clear();
            e.getWishedSpecialisations().addAll(wishedSpecialisations);
        }
        if (!Objects.equals(e.getWishText(), wishText)) {
            changed.add("wish text");
            e.setWishText(wishText);
        }
        if (changed.isEmpty()) {
            throw new InvalidInputException(Map.of("case", "officer.case.nothingChanged"));
        }
        e.record(clock.instant(), officer, "CORRECTED", String.join("; ", changed) + ". Reason: " + reason);
        entitlements.saveAndFlush(e);
        audit.record(
                officer,
                Role.HANDLAGGARE,
                e.getResident().getId(),
                "CORRECT_ENTITLEMENT",
                "entitlement " + e.getId() + ": "
                        + changed.stream().map(c -> c.split(" ")[0]).distinct().toList());
        boolean scopeChanged = changed.stream().anyMatch(c -> c.startsWith("scope"));
        if (scopeChanged || deadlineChanged) {
            DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));
            String service = type.getName().sv().toLowerCase(Locale.ROOT);
            StringBuilder text = new StringBuilder("Din handläggare har rättat ditt beslut om " + service + ".");
            if (scopeChanged) {
                text.append(" Du har nu rätt till ")
                        .append(scopeInWords(e.getScope(), type.getScopeUnit()))
                        .append('.');
            }
            if (deadlineChanged && e.getStatus() == EntitlementStatus.WAITING_FOR_CHOICE) {
                text.append(" Välj utförare senast ")
                        .append(deadline.format(dates))
                        .append('.');
            }
            notifications.save(Notification.toResident(
                            e.getResident(),
                            "ENTITLEMENT_CORRECTED",
                            "Ditt beslut om " + service + " är rättat",
                            text.toString(),
                            clock.instant())
                    .linkingTo(ResidentPages.myChoicesPath(), ResidentPages.MY_CHOICES_LABEL));
        }
        return toCase(e, locale);
    }

    private static String scopeInWords(BigDecimal scope, ScopeUnit unit) {
        String number = scope.stripTrailingZeros().toPlainString().replace('.', ',');
        return number
                + switch (unit) {
                    case HOURS_PER_MONTH -> " timmar per månad";
                    case HOURS_PER_WEEK -> " timmar per vecka";
                    case DAYS_PER_WEEK -> " dagar per vecka";
                };
    }

    /**
     * Stores the conversation and one entitlement per service type; creates the resident or
     * updates their details. The resident is told they may now choose.
     *
     * @return the number of entitlements created
     * @throws InvalidInputException when anything is wrong; nothing is stored then
     */
    @RolesAllowed(Role.HANDLAGGARE)
    public int registerConversation(ConversationForm form) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = new LinkedHashMap<>();
        Personnummer personnummer = null;
        try {
            personnummer = Personnummer.parse(form.personnummer() == null ? "" : form.personnummer(), today);
        } catch (Personnummer.InvalidPersonnummerException e) {
            problems.put(
                    "personnummer", "officer.form.personnummer." + e.problem().name());
        }
        requireName(problems, "firstName", form.firstName());
        requireName(problems, "lastName", form.lastName());
        Optional<Area> area = form.areaCode() == null ? Optional.empty() : registers.area(form.areaCode());
        if (area.isEmpty()) {
            problems.put("area", "officer.form.area.required");
        }
        if (form.contactPreference() == null) {
            problems.put("contactPreference", "officer.form.contact.required");
        }
        String email = blankToNull(form.email());
        String phone = blankToNull(form.phone());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.put("email", "officer.form.email.invalid");
        } else if (email == null && form.contactPreference() == ContactPreference.EMAIL) {
            problems.put("email", "officer.form.email.required");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.put("phone", "officer.form.phone.invalid");
        } else if (phone == null && form.contactPreference() == ContactPreference.PHONE) {
            problems.put("phone", "officer.form.phone.required");
        }
        if (form.heldOn() == null) {
            problems.put("heldOn", "officer.form.heldOn.required");
        } else if (form.heldOn().isAfter(today)) {
            problems.put("heldOn", "officer.form.heldOn.future");
        } else if (form.heldOn().isBefore(today.minusMonths(6))) {
            problems.put("heldOn", "officer.form.heldOn.old");
        }
        Map<ServiceType, ConversationForm.Grant> grants = new LinkedHashMap<>();
        if (form.grants().isEmpty()) {
            problems.put("grants", "officer.form.grants.required");
        }
        for (ConversationForm.Grant grant : form.grants()) {
            Optional<ServiceType> type = registers.serviceType(grant.serviceType());
            if (type.isEmpty()) {
                problems.put("grants", "officer.form.grants.unknown");
                continue;
            }
            if (grants.put(type.get(), grant) != null) {
                problems.put("grants", "officer.form.grants.twice");
            }
            String field = "scope." + grant.serviceType();
            if (grant.scope() == null || grant.scope().signum() <= 0) {
                problems.put(field, "officer.form.scope.required");
            } else if (grant.scope().compareTo(maxScope(type.get().getScopeUnit())) > 0) {
                problems.put(
                        field,
                        "officer.form.scope.tooLarge."
                                + type.get().getScopeUnit().name());
            } else if (grant.scope().scale() > 1
                    && grant.scope().stripTrailingZeros().scale() > 1) {
                problems.put(field, "officer.form.scope.decimals");
            }
            LocalDate deadline = grant.deadline();
            if (deadline != null && deadline.isBefore(today)) {
                problems.put("deadline." + grant.serviceType(), "officer.form.deadline.past");
            }
        }
        for (String language : form.wishedLanguages()) {
            if (!LANGUAGE.matcher(language).matches()) {
                problems.put("wishedLanguages", "officer.form.languages.invalid");
            }
        }
        List<Specialisation> wishedSpecialisations = form.wishedSpecialisations().stream()
                .map(registers::specialisation)
                .flatMap(Optional::stream)
                .toList();
        if (wishedSpecialisations.size() != form.wishedSpecialisations().size()) {
            problems.put("wishedSpecialisations", "officer.form.specialisations.invalid");
        }
        if (form.wishText() != null && form.wishText().length() > MAX_WISH_TEXT) {
            problems.put("wishText", "officer.form.wishText.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        String officer = officer();
        Personnummer p = personnummer;
        // Find-or-create that two officers (or the person's first login) may run at once: the
        // insert never fails on the unique personnummer, and the locking read waits for the other
        // transaction and sees its committed row. One resident, and no duplicate-key error whose
        // message would carry the personnummer into the log.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        residents.insertIfAbsent(
                p.digits(), form.firstName().strip(), form.lastName().strip(), now);
        Resident resident = residents.lockByPersonnummer(p.digits()).orElseThrow();
        boolean known = resident.getVersion() > 0 || !resident.getCreatedAt().equals(now);
        List<String> changed = changedDetails(resident, form, area.get(), email, phone);
        if (!changed.isEmpty()) {
            refuseSilentOverwrite(resident, form, email, phone);
        }
        resident.setFirstName(form.firstName().strip());
        resident.setLastName(form.lastName().strip());
        resident.setArea(area.get());
        resident.setContactPreference(form.contactPreference());
        resident.setEmail(email);
        resident.setPhone(phone);
        resident = residents.saveAndFlush(resident);
        if (!changed.isEmpty() && known) {
            // Which details this registration changed (not their values: the trail stays lean).
            audit.record(
                    officer,
                    Role.HANDLAGGARE,
                    resident.getId(),
                    "UPDATE_RESIDENT_DETAILS",
                    "changed: " + String.join(", ", changed));
        }
        GuidanceConversation conversation =
                conversations.save(new GuidanceConversation(resident, form.heldOn(), officer, clock.instant()));
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));
        for (Map.Entry<ServiceType, ConversationForm.Grant> grant : grants.entrySet()) {
            ServiceType type = grant.getKey();
            LocalDate deadline = grant.getValue().deadline() != null
                    ? grant.getValue().deadline()
                    : form.heldOn().plusDays(type.getChoiceDeadlineDays());
            if (deadline.isBefore(today)) {
                deadline = today.plusDays(type.getChoiceDeadlineDays());
            }
            ChoiceEntitlement entitlement = new ChoiceEntitlement(
                    conversation,
                    type,
                    grant.getValue().scope().setScale(1, java.math.RoundingMode.HALF_UP),
                    deadline,
                    clock.instant());
            entitlement.getWishedLanguages().addAll(form.wishedLanguages());
            entitlement.getWishedSpecialisations().addAll(wishedSpecialisations);
            entitlement.setWishText(blankToNull(form.wishText()));
            entitlement.record(
                    clock.instant(),
                    officer,
                    "CREATED",
                    "conversation " + form.heldOn() + ", scope " + entitlement.getScope() + " " + type.getScopeUnit()
                            + ", deadline " + deadline);
            entitlements.save(entitlement);
            notifications.save(Notification.toResident(
                            resident,
                            "ENTITLEMENT_CREATED",
                            "Du kan välja utförare för " + type.getName().sv().toLowerCase(Locale.ROOT),
                            "Efter ditt samtal med kommunen kan du nu välja vem som ska ge dig "
                                    + type.getName().sv().toLowerCase(Locale.ROOT) + ". Välj senast "
                                    + deadline.format(dates)
                                    + ". Logga in på Kundval och gå till Mina val. Du kan också få hjälp på en servicepunkt.",
                            clock.instant())
                    .linkingTo(ResidentPages.myChoicesPath(), ResidentPages.MY_CHOICES_LABEL));
        }
        audit.record(
                officer,
                Role.HANDLAGGARE,
                resident.getId(),
                "REGISTER_CONVERSATION",
                grants.size() + " entitlement(s): "
                        + grants.keySet().stream().map(ServiceType::getCode).toList());
        return grants.size();
    }

    /** The details this form would change on the stored resident, by field name. */
    private static List<String> changedDetails(
            Resident resident, ConversationForm form, Area area, String email, String phone) {
        List<String> changed = new ArrayList<>();
        if (!form.firstName().strip().equals(resident.getFirstName())) {
            changed.add("firstName");
        }
        if (!form.lastName().strip().equals(resident.getLastName())) {
            changed.add("lastName");
        }
        if (resident.getArea() == null || !resident.getArea().getId().equals(area.getId())) {
            changed.add("area");
        }
        if (resident.getContactPreference() != form.contactPreference()) {
            changed.add("contactPreference");
        }
        if (!Objects.equals(resident.getEmail(), email)) {
            changed.add("email");
        }
        if (!Objects.equals(resident.getPhone(), phone)) {
            changed.add("phone");
        }
        return changed;
    }

    /**
     * The officer saw other details than the ones stored now (someone registered or changed this
     * person after the look-up, or the officer did not look up a person already known): an e-mail
     * address or phone number that is there must not be replaced without the officer seeing it.
     */
    private static void refuseSilentOverwrite(Resident resident, ConversationForm form, String email, String phone) {
        boolean sawThisVersion = form.residentVersion() != null && form.residentVersion() == resident.getVersion();
        if (sawThisVersion) {
            return;
        }
        boolean overwritesContact =
                (resident.getEmail() != null && !resident.getEmail().equals(email))
                        || (resident.getPhone() != null && !resident.getPhone().equals(phone));
        if (form.residentVersion() != null || overwritesContact) {
            throw new ConcurrentEditException();
        }
    }

    private static BigDecimal maxScope(ScopeUnit unit) {
        return switch (unit) {
            case HOURS_PER_MONTH -> new BigDecimal("744");
            case HOURS_PER_WEEK -> new BigDecimal("168");
            case DAYS_PER_WEEK -> new BigDecimal("7");
        };
    }

    private static void requireName(Map<String, String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.put(field, "officer.form.name.required");
        } else if (value.strip().length() > MAX_NAME) {
            problems.put(field, "officer.form.name.tooLong");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** How many entitlements the officer registered. */
    @RolesAllowed(Role.HANDLAGGARE)
    @Transactional(readOnly = true)
    public long countMyEntitlements() {
        return entitlements.countByConversationOfficer(officer());
    }

    /** One page of the entitlements the officer registered, soonest deadline first; each row read is audited. */
    @RolesAllowed(Role.HANDLAGGARE)
    public List<OfficerEntitlementRow> myEntitlements(int offset, int limit, Locale locale) {
        String officer = officer();
        int size = Math.max(1, Math.min(limit, 200));
        // The grid asks by offset; a page request needs the offset to fall on a page boundary.
        List<ChoiceEntitlement> page = offset % size == 0
                ? entitlements.findForOfficer(officer, PageRequest.of(offset / size, size))
                : entitlements.findForOfficer(officer, PageRequest.of(0, offset + size)).stream()
                        .skip(offset)
                        .toList();
        Map<Long, String> providers = new HashMap<>();
        if (!page.isEmpty()) {
            choices.findActiveForEntitlements(
                            page.stream().map(ChoiceEntitlement::getId).toList())
                    .forEach(
                            c -> providers.put(c.getEntitlement().getId(), ChoiceService.displayName(c.getOffering())));
        }
        LocalDate today = LocalDate.now(clock);
        return page.stream()
                .map(e -> {
                    audit.record(
                            officer,
                            Role.HANDLAGGARE,
                            e.getResident().getId(),
                            "READ_ENTITLEMENT_LIST",
                            "entitlement " + e.getId());
                    return new OfficerEntitlementRow(
                            e.getId(),
                            e.getResident().getFullName(),
                            e.getServiceType().getName().in(locale),
                            e.getStatus(),
                            e.getDeadline(),
                            ChronoUnit.DAYS.between(today, e.getDeadline()),
                            providers.get(e.getId()));
                })
                .toList();
    }

    private String officer() {
        return currentUser.get().map(KundvalUser::username).orElseThrow();
    }
}

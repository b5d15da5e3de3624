package se.kundval.assist;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.audit.AuditTrail;
import se.kundval.audit.LookUpReason;
import se.kundval.catalogue.ChoosingSupport;
import se.kundval.choice.ChoiceConfirmation;
import se.kundval.choice.ChoiceReceipt;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.Receipt;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.register.Registers;
import se.kundval.register.ServicePoint;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;
import se.kundval.shared.ui.PdfPrintout;

/**
 * Service-point assistance: staff find a visitor by exact personnummer only, after giving a
 * reason, and may register a choice on the visitor's behalf with the visitor's consent. Every
 * look-up and every choice is written to the audit trail with the reason and the staff member's
 * own service point (from their identity); a choice is only possible for a visitor the same staff
 * member looked up in the last 15 minutes.
 */
@Service
@Transactional
public class AssistService {

    /** The reasons staff can give for looking a visitor up (bundle keys audit.reason.*). */
    public static final List<String> REASONS = LookUpReason.codesFor(Role.SERVICEPUNKT);

    private final Registers registers;
    private final ChoiceService choices;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final jakarta.persistence.EntityManager entityManager;
    private final I18NProvider i18n;

    AssistService(
            Registers registers,
            ChoiceService choices,
            AuditTrail audit,
            CurrentUser currentUser,
            jakarta.persistence.EntityManager entityManager,
            I18NProvider i18n) {
        this.i18n = i18n;
        this.registers = registers;
        this.choices = choices;
        this.audit = audit;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    /**
     * The service point the staff member works at, from their identity; empty when their account
     * names none the municipality has (then they can look no one up).
     */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public Optional<Option> myServicePoint() {
        return servicePoint().map(p -> new Option(p.getCode(), p.getName()));
    }

    /**
     * Finds the visitor by the whole personnummer; nothing is shown without a reason. The service
     * point is the staff member's own (never chosen in the browser). The look-up is audited whether
     * or not someone was found.
     *
     * @throws InvalidInputException for a missing reason or service point, or a wrong personnummer
     */
    @RolesAllowed(Role.SERVICEPUNKT)
    public Optional<Visitor> lookUp(String personnummer, String reason, Locale locale) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        Personnummer.problemWith(personnummer == null ? "" : personnummer)
                .ifPresent(p -> problems.put("personnummer", "officer.form.personnummer." + p.name()));
        if (reason == null || !REASONS.contains(reason)) {
            problems.put("reason", "assist.reason.required");
        }
        Optional<ServicePoint> point = servicePoint();
        if (point.isEmpty()) {
            problems.put("servicePoint", "assist.servicePoint.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Personnummer p = Personnummer.parse(personnummer);
        Optional<Object[]> resident = entityManager
                .createQuery(
                        "select r.id, r.firstName, r.lastName from Resident r where r.personnummer = :p",
                        Object[].class)
                .setParameter("p", p.digits())
                .getResultStream()
                .findFirst();
        audit.record(
                staff(),
                Role.SERVICEPUNKT,
                resident.map(r -> (Long) r[0]).orElse(null),
                ChoiceService.ASSIST_LOOK_UP,
                reason,
                point.get().getId(),
                point.get().getName(),
                resident.isPresent() ? "found" : "not found");
        return resident.map(r -> {
            String first = (String) r[1];
            String last = (String) r[2];
            return new Visitor(
                    (Long) r[0],
                    initial(first) + initial(last),
                    first + " " + last,
                    masked(p),
                    choices.entitlementsOf(p, locale));
        });
    }

    /**
     * Registers a choice for the visitor, who has consented. The choice operation itself checks
     * consent, the recent look-up and the service point, and audits it ({@link ChoiceService#chooseAssisted});
     * here it is also checked that the entitlement is the visitor's on the screen.
     *
     * @throws InvalidInputException without consent, or without a recent look-up
     */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Receipt chooseForVisitor(long residentId, long entitlementId, String offeringCode, boolean consent) {
        if (owner(entitlementId) != residentId) {
            throw new InvalidInputException(Map.of("visitor", "assist.lookUp.required"));
        }
        return choices.chooseAssisted(entitlementId, offeringCode, consent);
    }

    /**
     * The visitor's entitlement as the resident's choosing list uses it (area, wishes), for choosing
     * with the visitor; empty unless it is the visitor's, open, and looked up by this staff member.
     */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public Optional<ChoosingSupport.Choosing> choosing(long residentId, long entitlementId) {
        return owner(entitlementId) == residentId ? choices.assistedChoosing(entitlementId) : Optional.empty();
    }

    /**
     * The same answers the resident's own choosing list gets, for the visitor's entitlement: why
     * each offering cannot be chosen (reason names, which the desk says in staff's words).
     */
    @RolesAllowed(Role.SERVICEPUNKT)
    public ChoosingSupport choosingSupport() {
        return new ChoosingSupport() {
            @Override
            public Optional<Choosing> choosing(long entitlementId, Locale locale) {
                return choices.assistedChoosing(entitlementId);
            }

            @Override
            public Map<String, String> notChoosable(long entitlementId, Collection<String> offeringCodes) {
                return choices.assistedNotChoosable(entitlementId, offeringCodes);
            }

            @Override
            public String confirmationPath(long entitlementId, String offeringCode) {
                // The desk checks the answers on its own page; there is no page to link to.
                return "";
            }
        };
    }

    /**
     * What staff read through with the visitor before registering (check your answers); empty
     * unless the entitlement is the visitor's and was looked up by this staff member.
     */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public Optional<ChoiceConfirmation> confirmation(
            long residentId, long entitlementId, String offeringCode, Locale locale) {
        return owner(entitlementId) == residentId
                ? choices.assistedConfirmation(entitlementId, offeringCode, locale)
                : Optional.empty();
    }

    /** The visitor again after a choice: their entitlements as they stand now. */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public Visitor refreshed(Visitor visitor, long entitlementId, Locale locale) {
        if (owner(entitlementId) != visitor.residentId()) {
            throw new InvalidInputException(Map.of("visitor", "assist.lookUp.required"));
        }
        return new Visitor(
                visitor.residentId(),
                visitor.initials(),
                visitor.fullName(),
                visitor.maskedPersonnummer(),
                choices.assistedEntitlements(entitlementId, locale));
    }

    /**
     * The receipt the visitor takes home, as a PDF in the language they read: the provider and its
     * phone, the service and how much help they have, the start date in words, what happens next,
     * and who helped them where (the staff member's name, never their user name). Never the full
     * personnummer. Only for a choice this staff member registered.
     */
    @RolesAllowed(Role.SERVICEPUNKT)
    @Transactional(readOnly = true)
    public byte[] receiptPdf(Visitor visitor, String reference, Locale locale) {
        ChoiceReceipt r = choices.assistedReceipt(reference, locale)
                .orElseThrow(() -> new InvalidInputException(Map.of("reference", "assist.lookUp.required")));
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String place = servicePoint().map(ServicePoint::getName).orElse("");
        String staffName = currentUser.get().map(KundvalUser::displayName).orElse("");
        List<PdfPrintout.Line> facts = new ArrayList<>();
        facts.add(new PdfPrintout.Line(t("receipt.reference", locale), r.reference()));
        facts.add(new PdfPrintout.Line(t("confirm.provider", locale), r.providerName()));
        if (r.providerPhone() != null) {
            facts.add(new PdfPrintout.Line(t("receipt.phone", locale), r.providerPhone()));
        }
        facts.add(new PdfPrintout.Line(t("confirm.service", locale), r.serviceTypeName()));
        facts.add(new PdfPrintout.Line(
                t("confirm.scope", locale), t("mychoices.scope." + r.scopeUnit().name(), locale, r.scope())));
        facts.add(
                new PdfPrintout.Line(t("confirm.starts", locale), r.validFrom().format(dates)));
        facts.add(new PdfPrintout.Line(
                t("assist.print.visitor", locale), visitor.initials() + " " + visitor.maskedPersonnummer()));
        facts.add(new PdfPrintout.Line(t("assist.print.assisted", locale), place));
        facts.add(new PdfPrintout.Line(t("assist.print.staff", locale), staffName));
        List<PdfPrintout.Line> next = new ArrayList<>();
        next.add(new PdfPrintout.Line(
                t("assist.print.firstContact", locale), t("confirm.next.text", locale, r.firstContactWorkingDays())));
        if (r.change()) {
            next.add(new PdfPrintout.Line(
                    t("confirm.current", locale),
                    t("confirm.next.change", locale, r.validFrom().minusDays(1).format(dates))));
        }
        next.add(new PdfPrintout.Line(t("assist.print.later", locale), t("assist.print.later.text", locale)));
        return PdfPrintout.renderSections(
                t("receipt.heading", locale),
                locale.getLanguage(),
                List.of(
                        new PdfPrintout.Section(null, facts),
                        new PdfPrintout.Section(t("confirm.next.heading", locale), next)),
                t("receipt.reference.help", locale));
    }

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    /** The resident an entitlement belongs to, or -1 when there is no such entitlement. */
    private long owner(long entitlementId) {
        return entityManager
                .createQuery("select e.resident.id from ChoiceEntitlement e where e.id = :id", Long.class)
                .setParameter("id", entitlementId)
                .getResultStream()
                .findFirst()
                .orElse(-1L);
    }

    private Optional<ServicePoint> servicePoint() {
        return currentUser.get().flatMap(KundvalUser::servicePoint).flatMap(registers::servicePoint);
    }

    static String masked(Personnummer p) {
        return p.digits().substring(0, 8) + "-****";
    }

    private static String initial(String name) {
        return name == null || name.isBlank()
                ? ""
                : name.strip().substring(0, 1).toUpperCase(Locale.ROOT) + ".";
    }

    private String staff() {
        return currentUser.get().map(KundvalUser::username).orElseThrow();
    }
}

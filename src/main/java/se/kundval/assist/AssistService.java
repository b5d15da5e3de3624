package se.kundval.assist;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.audit.AuditTrail;
import se.kundval.audit.LookUpReason;
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

    AssistService(
            Registers registers,
            ChoiceService choices,
            AuditTrail audit,
            CurrentUser currentUser,
            jakarta.persistence.EntityManager entityManager) {
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
        Long owner = entityManager
                .createQuery("select e.resident.id from ChoiceEntitlement e where e.id = :id", Long.class)
                .setParameter("id", entitlementId)
                .getResultStream()
                .findFirst()
                .orElse(-1L);
        if (owner != residentId) {
            throw new InvalidInputException(Map.of("visitor", "assist.lookUp.required"));
        }
        return choices.chooseAssisted(entitlementId, offeringCode, consent);
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

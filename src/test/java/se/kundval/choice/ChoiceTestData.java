package se.kundval.choice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.choice.internal.ChoiceEntitlementRepository;
import se.kundval.choice.internal.GuidanceConversationRepository;
import se.kundval.choice.internal.ResidentRepository;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Luhn;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.register.internal.AreaRepository;
import se.kundval.register.internal.ServiceTypeRepository;
import se.kundval.shared.RecordOrigin;

/** Residents with entitlements that a test creates for itself. */
@Component
public class ChoiceTestData {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (Math.random() * 500));

    private final ResidentRepository residents;
    private final GuidanceConversationRepository conversations;
    private final ChoiceEntitlementRepository entitlements;
    private final ServiceTypeRepository serviceTypes;
    private final AreaRepository areas;

    ChoiceTestData(
            ResidentRepository residents,
            GuidanceConversationRepository conversations,
            ChoiceEntitlementRepository entitlements,
            ServiceTypeRepository serviceTypes,
            AreaRepository areas) {
        this.residents = residents;
        this.conversations = conversations;
        this.entitlements = entitlements;
        this.serviceTypes = serviceTypes;
        this.areas = areas;
    }

    /** A valid personnummer no other test uses (born 1920–2000, random serial, Luhn digit). */
    public static Personnummer newPersonnummer() {
        LocalDate birth = LocalDate.of(1920, 1, 1).plusDays((long) (Math.random() * 29_000));
        String nine = String.format(
                "%02d%02d%02d%03d",
                birth.getYear() % 100,
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                (SERIAL.incrementAndGet() * 7 + (int) (Math.random() * 1000)) % 1000);
        return Personnummer.parse(birth.getYear() / 100 + nine + Luhn.checkDigit(nine));
    }

    /** A resident in the area with one open entitlement for the service type; returns the entitlement id. */
    @Transactional
    public long residentWithEntitlement(Personnummer personnummer, String areaCode, String serviceType) {
        return residentWithEntitlement(personnummer, areaCode, serviceType, "test-handlaggare");
    }

    /** The same, registered by this case officer (whose case it then is); returns the entitlement id. */
    @Transactional
    public long residentWithEntitlement(
            Personnummer personnummer, String areaCode, String serviceType, String officer) {
        Resident resident = residents.findByPersonnummer(personnummer.digits()).orElseGet(() -> {
            Resident r = new Resident(personnummer, Instant.now(), RecordOrigin.PORTAL);
            r.setFirstName("Test");
            r.setLastName("Person");
            r.setArea(areas.findByCode(areaCode).orElseThrow());
            return residents.save(r);
        });
        GuidanceConversation conversation =
                conversations.save(new GuidanceConversation(resident, LocalDate.now(), officer, Instant.now()));
        ChoiceEntitlement entitlement = new ChoiceEntitlement(
                conversation,
                serviceTypes.findByCode(serviceType).orElseThrow(),
                new BigDecimal("10"),
                LocalDate.now().plusDays(14),
                Instant.now());
        entitlement.record(Instant.now(), officer, "CREATED", "test");
        return entitlements.save(entitlement).getId();
    }

    /** The resident's wishes from the conversation for this entitlement: languages (codes) the staff should speak. */
    @Transactional
    public void wishLanguages(long entitlementId, String... languages) {
        ChoiceEntitlement entitlement = entitlements.findById(entitlementId).orElseThrow();
        entitlement.getWishedLanguages().addAll(java.util.List.of(languages));
    }

    /** Logs the current thread in as this resident. */
    public static void logInAs(Personnummer personnummer) {
        KundvalUser user = new KundvalUser(
                "test-" + personnummer.digits().substring(8),
                "Test Person",
                Set.of(Role.RESIDENT),
                Optional.of(personnummer),
                Optional.empty());
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + Role.RESIDENT));
    }

    /** Logs the current thread in as a case officer with this user name. */
    public static void logInAsOfficer(String username) {
        KundvalUser user = new KundvalUser(
                username, "Handläggare " + username, Set.of(Role.HANDLAGGARE), Optional.empty(), Optional.empty());
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + Role.HANDLAGGARE));
    }
}

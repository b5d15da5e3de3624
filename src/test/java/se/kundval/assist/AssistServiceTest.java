package se.kundval.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.kundval.audit.AccessLogLine;
import se.kundval.audit.AuditService;
import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ChoosingSupport;
import se.kundval.catalogue.OfferingCard;
import se.kundval.catalogue.OfferingQuery;
import se.kundval.catalogue.OfferingSort;
import se.kundval.choice.ChoiceRefusedException;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.notification.MessageService;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.InvalidInputException;

/** Service-point assistance on a real MariaDB: reason first, discreet, consent, audited, own look-ups only. */
@IntegrationTest
class AssistServiceTest {

    @Autowired
    AssistService assist;

    @Autowired
    AuditService audit;

    @Autowired
    CatalogueTestData data;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChoiceService choices;

    /** Staff at the Orminge service point (the sample register's), as their identity says. */
    private static void staff(String username) {
        staffAt(username, Optional.of("ORMINGE"));
    }

    private static void staffAt(String username, Optional<String> servicePoint) {
        KundvalUser user = new KundvalUser(
                username, "Staff", Set.of(Role.SERVICEPUNKT), Optional.empty(), Optional.empty(), servicePoint);
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + Role.SERVICEPUNKT));
    }

    @Test
    void aVisitorIsFoundOnlyWithAReasonShownDiscreetlyAndChosenForOnlyWithConsent() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .by("Assist " + type)
                .summary("Text.")
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        String me = "sp-" + p.digits().substring(8);
        staff(me);

        assertThatThrownBy(() -> assist.lookUp(p.formatted(), null, Locale.of("sv")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("reason"));
        Visitor visitor =
                assist.lookUp(p.formatted(), "HELP_TO_CHOOSE", Locale.of("sv")).orElseThrow();
        assertThat(visitor.initials()).isEqualTo("T.P.");
        assertThat(visitor.maskedPersonnummer()).isEqualTo(p.digits().substring(0, 8) + "-****");
        assertThat(visitor.entitlements()).extracting(e -> e.id()).contains(entitlement);

        assertThatThrownBy(() -> assist.chooseForVisitor(visitor.residentId(), entitlement, code, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("consent", "assist.consent.required"));
        staff("someone-else");
        assertThatThrownBy(() -> assist.chooseForVisitor(visitor.residentId(), entitlement, code, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("visitor", "assist.lookUp.required"));
        // Another staff member has not looked the visitor up: no entitlements for them either.
        assertThatThrownBy(() -> choices.entitlementsOf(p, Locale.of("sv"))).isInstanceOf(ChoiceRefusedException.class);
        staff(me);
        String reference = assist.chooseForVisitor(visitor.residentId(), entitlement, code, true)
                .reference();

        Map<String, Object> choice =
                jdbc.queryForMap("select made_by, actor, service_point_id from choice where reference = ?", reference);
        assertThat(choice.get("made_by")).isEqualTo("ASSISTED");
        assertThat(choice.get("actor")).isEqualTo(me);
        assertThat(choice.get("service_point_id")).isNotNull();
        assertThat(jdbc.queryForList("select action from audit_event where actor = ? order by id", String.class, me))
                .containsExactly("ASSIST_LOOK_UP", "ASSIST_CHOICE");

        ChoiceTestData.logInAs(p);
        assertThat(audit.myAccessLog()).extracting(AccessLogLine::action).contains("ASSIST_LOOK_UP", "ASSIST_CHOICE");
        assertThat(audit.myAccessLog())
                .filteredOn(l -> l.action().equals("ASSIST_LOOK_UP"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.reason()).isEqualTo("HELP_TO_CHOOSE");
                    assertThat(l.unit()).isNotBlank();
                });
    }

    @Test
    void theServicePointIsTheOneInTheStaffMembersIdentityNeverChosenByTheCaller() {
        String type = data.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        residents.residentWithEntitlement(p, "BOO", type);
        String me = "sp-where-" + p.digits().substring(8);
        staffAt(me, Optional.of("FISKSATRA"));

        assertThat(assist.myServicePoint())
                .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Servicepunkt Fisksätra centrum"));
        assist.lookUp(p.formatted(), "HELP_TO_CHOOSE", Locale.of("sv")).orElseThrow();
        assertThat(jdbc.queryForList("select unit from audit_event where actor = ?", String.class, me))
                .containsExactly("Servicepunkt Fisksätra centrum");

        // An account that names no known service point can look no one up.
        staffAt(me + "-x", Optional.of("NOWHERE"));
        assertThat(assist.myServicePoint()).isEmpty();
        assertThatThrownBy(() -> assist.lookUp(p.formatted(), "HELP_TO_CHOOSE", Locale.of("sv")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("servicePoint"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ?", Long.class, me + "-x"))
                .isZero();
    }

    @Test
    void theAssistedChoiceItselfEnforcesLookUpConsentAndAuditWhoeverCallsIt() {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .by("Direkt " + type)
                .summary("Text.")
                .create();
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        String me = "sp-direct-" + p.digits().substring(8);
        staff(me);

        // Straight to the choice operation, past the desk's service: no look-up, no choice.
        assertThatThrownBy(() -> choices.chooseAssisted(entitlement, code, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("visitor", "assist.lookUp.required"));
        assist.lookUp(p.formatted(), "HELP_TO_CHOOSE", Locale.of("sv")).orElseThrow();
        assertThatThrownBy(() -> choices.chooseAssisted(entitlement, code, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("consent", "assist.consent.required"));
        // Without a service point in the identity, not even after a look-up.
        staffAt(me, Optional.empty());
        assertThatThrownBy(() -> choices.chooseAssisted(entitlement, code, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("servicePoint"));
        assertThat(jdbc.queryForObject("select count(*) from choice where entitlement_id = ?", Long.class, entitlement))
                .isZero();

        staff(me);
        String reference = choices.chooseAssisted(entitlement, code, true).reference();
        assertThat(jdbc.queryForList(
                        "select concat(action, ' ', reason, ' ', unit) from audit_event where actor = ? order by id",
                        String.class,
                        me))
                .containsExactly(
                        "ASSIST_LOOK_UP HELP_TO_CHOOSE Servicepunkt Orminge centrum",
                        "ASSIST_CHOICE CONSENT_GIVEN Servicepunkt Orminge centrum");
        assertThat(jdbc.queryForObject(
                        "select sp.code from choice c join service_point sp on sp.id = c.service_point_id where c.reference = ?",
                        String.class,
                        reference))
                .isEqualTo("ORMINGE");
    }

    /** Staff with a display name, as the visitor met them (the receipt names them, not the user name). */
    private static void staffNamed(String username, String displayName) {
        KundvalUser user = new KundvalUser(
                username,
                displayName,
                Set.of(Role.SERVICEPUNKT),
                Optional.empty(),
                Optional.empty(),
                Optional.of("ORMINGE"));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + Role.SERVICEPUNKT));
    }

    @Autowired
    CatalogueService catalogue;

    @Autowired
    MessageService messages;

    @Test
    void theDeskRanksTheVisitorsProvidersByTheirWishesRefusesIneligibleOnesAndPrintsAReceiptInWords() throws Exception {
        String type = data.serviceType(Delivery.HOME);
        String ordinary =
                data.anOffering().ofType(type).by("Vanlig " + type).in("BOO").create();
        String arabic = data.anOffering()
                .ofType(type)
                .by("Arabisk " + type)
                .speaking("sv", "ar")
                .in("BOO")
                .create();
        String elsewhere = data.anOffering()
                .ofType(type)
                .by("Annanstans " + type)
                .speaking("sv", "ar")
                .in("FISKSATRA")
                .create();
        String full =
                data.anOffering().ofType(type).by("Full " + type).in("BOO").create();
        data.setCapacity(full, 0);
        jdbc.update("update offering set phone = '08-718 00 00' where code = ?", arabic);
        Personnummer p = ChoiceTestData.newPersonnummer();
        long entitlement = residents.residentWithEntitlement(p, "BOO", type);
        residents.wishLanguages(entitlement, "ar");
        String me = "sp-rank-" + p.digits().substring(8);
        staffNamed(me, "Erika Desk");

        Visitor visitor =
                assist.lookUp(p.formatted(), "HELP_TO_CHOOSE", Locale.of("sv")).orElseThrow();
        ChoosingSupport.Choosing choosing =
                assist.choosing(visitor.residentId(), entitlement).orElseThrow();
        assertThat(choosing.area()).isEqualTo("BOO");
        assertThat(choosing.wishes().languages()).containsExactly("ar");
        // The list the desk shows is the resident's: their area, their wishes first.
        OfferingQuery query = OfferingQuery.all(type, 7)
                .withArea(choosing.area())
                .withWishes(choosing.wishes())
                .withSort(OfferingSort.WISHES);
        assertThat(catalogue.find(query, 0, 10, Locale.of("sv")))
                .extracting(OfferingCard::code)
                .startsWith(arabic)
                .contains(ordinary, full)
                .doesNotContain(elsewhere);
        assertThat(assist.choosingSupport()
                        .notChoosable(entitlement, java.util.List.of(ordinary, arabic, elsewhere, full)))
                .containsOnly(Map.entry(elsewhere, "AREA_NOT_SERVED"), Map.entry(full, "FULL"));
        // Another visitor's entitlement gives nothing.
        assertThat(assist.choosing(visitor.residentId() + 1_000_000, entitlement))
                .isEmpty();

        // The server refuses an ineligible provider however it is asked; nothing is stored.
        assertThatThrownBy(() -> assist.chooseForVisitor(visitor.residentId(), entitlement, elsewhere, true))
                .isInstanceOfSatisfying(
                        ChoiceRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ChoiceRefusedException.Reason.AREA_NOT_SERVED));
        assertThatThrownBy(() -> assist.chooseForVisitor(visitor.residentId(), entitlement, full, true))
                .isInstanceOf(ChoiceRefusedException.class);
        assertThat(jdbc.queryForObject("select count(*) from choice where entitlement_id = ?", Long.class, entitlement))
                .isZero();

        // Check your answers, then register.
        assertThat(assist.confirmation(visitor.residentId(), entitlement, arabic, Locale.of("sv")))
                .hasValueSatisfying(c -> {
                    assertThat(c.providerName()).isEqualTo("Arabisk " + type);
                    assertThat(c.notChoosable()).isNull();
                });
        assertThat(assist.confirmation(visitor.residentId(), entitlement, elsewhere, Locale.of("sv")))
                .hasValueSatisfying(
                        c -> assertThat(c.notChoosable()).isEqualTo(ChoiceRefusedException.Reason.AREA_NOT_SERVED));
        var receipt = assist.chooseForVisitor(visitor.residentId(), entitlement, arabic, true);
        assertThat(assist.refreshed(visitor, entitlement, Locale.of("sv")).entitlements())
                .filteredOn(e -> e.id() == entitlement)
                .singleElement()
                .satisfies(e -> assertThat(e.currentProvider()).isEqualTo("Arabisk " + type));

        String text;
        try (PDDocument pdf = Loader.loadPDF(assist.receiptPdf(visitor, receipt.reference(), Locale.of("sv")))) {
            text = new PDFTextStripper().getText(pdf);
        }
        String startDate = receipt.validFrom()
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv")));
        assertThat(text)
                .contains(receipt.reference())
                .contains("Arabisk " + type)
                .contains("08-718 00 00")
                .contains("10 timmar per vecka")
                .contains(startDate)
                .contains("Det här händer sedan")
                .contains("Utföraren kontaktar dig inom")
                .contains("Erika Desk")
                .contains("Servicepunkt Orminge centrum")
                .contains(p.digits().substring(0, 8) + "-****")
                .doesNotContain(me)
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .doesNotContain(p.digits());
        // Only the staff member who registered the choice can print it.
        staffNamed("someone-else-" + me, "Annan");
        assertThatThrownBy(() -> assist.receiptPdf(visitor, receipt.reference(), Locale.of("sv")))
                .isInstanceOf(InvalidInputException.class);

        // The resident finds the choice made for them in their messages, with a link to the receipt.
        ChoiceTestData.logInAs(p);
        assertThat(messages.myMessages(10))
                .filteredOn(m -> m.subject().contains("servicepunkten"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).contains("Arabisk " + type);
                    assertThat(m.body())
                            .contains("Servicepunkt Orminge centrum")
                            .contains(startDate)
                            .contains(receipt.reference());
                    assertThat(m.linkPath()).contains(receipt.reference());
                });
    }
}

package se.kundval.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.CatalogueTestData;
import se.kundval.identity.Personnummer;
import se.kundval.register.Delivery;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;

/**
 * The case officer's case on a real MariaDB: opening it is audited and limited to the officer's own
 * cases, corrections keep to the rules and leave a trace (history with the reason, audit, a message to
 * the person), and a look-up shows what the person already has.
 */
@IntegrationTest
class OfficerCaseTest {

    private static final Locale SV = Locale.of("sv");

    @Autowired
    OfficerService officerService;

    @Autowired
    CatalogueService catalogueService;

    @Autowired
    CatalogueTestData catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** A conversation registered by this officer for a new person; returns the entitlement's id. */
    private long registered(String officer, Personnummer p, String type) {
        ChoiceTestData.logInAsOfficer(officer);
        officerService.registerConversation(new ConversationForm(
                p.formatted(),
                "Rut",
                "Rättad",
                "BOO",
                ContactPreference.LETTER,
                null,
                null,
                LocalDate.now(clock),
                List.of(new ConversationForm.Grant(type, new BigDecimal("10"), null)),
                Set.of("fi"),
                Set.of(),
                null,
                null));
        return jdbc.queryForObject(
                "select e.id from choice_entitlement e join resident r on r.id = e.resident_id where r.personnummer = ?",
                Long.class,
                p.digits());
    }

    private long residentId(Personnummer p) {
        return jdbc.queryForObject("select id from resident where personnummer = ?", Long.class, p.digits());
    }

    @Test
    void theOfficerOpensTheirOwnCaseOnlyAndEachOpeningIsAudited() {
        String type = catalogue.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        String officer = "hl-case-" + p.digits().substring(6);
        long id = registered(officer, p, type);

        OfficerCase opened = officerService.openCase(id, SV).orElseThrow();

        assertThat(opened.residentName()).isEqualTo("Rut Rättad");
        assertThat(opened.maskedPersonnummer())
                .isEqualTo(p.masked())
                .doesNotContain(p.digits().substring(8));
        assertThat(opened.scope()).isEqualByComparingTo("10");
        assertThat(opened.status()).isEqualTo(EntitlementStatus.WAITING_FOR_CHOICE);
        assertThat(opened.wishedLanguages()).containsExactly("fi");
        assertThat(opened.events()).extracting(OfficerCase.CaseEvent::type).containsExactly("CREATED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'READ_CASE' and resident_id = ? and actor = ?",
                        Integer.class,
                        residentId(p),
                        officer))
                .isEqualTo(1);

        // Another officer's case is not theirs to read, and trying leaves no read in the person's log.
        ChoiceTestData.logInAsOfficer("someone-else-" + p.digits().substring(6));
        assertThat(officerService.openCase(id, SV)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'READ_CASE' and resident_id = ?",
                        Integer.class,
                        residentId(p)))
                .isEqualTo(1);
    }

    @Test
    void aCorrectionWithAReasonIsStoredKeptInTheHistoryAuditedAndThePersonIsTold() {
        String type = catalogue.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        String officer = "hl-fix-" + p.digits().substring(6);
        long id = registered(officer, p, type);
        OfficerCase before = officerService.openCase(id, SV).orElseThrow();
        LocalDate laterDeadline = before.deadline().plusDays(7);

        OfficerCase after = officerService.correct(
                id,
                new EntitlementCorrection(
                        new BigDecimal("8"),
                        laterDeadline,
                        Set.of("fi", "ar"),
                        Set.of(),
                        "Vill ha kvinnlig personal.",
                        "Fel antal timmar registrerades, beslutet gäller 8 timmar.",
                        before.version()),
                SV);

        assertThat(after.scope()).isEqualByComparingTo("8");
        assertThat(after.deadline()).isEqualTo(laterDeadline);
        assertThat(after.wishedLanguages()).containsExactlyInAnyOrder("fi", "ar");
        assertThat(after.wishText()).isEqualTo("Vill ha kvinnlig personal.");
        assertThat(after.events()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CORRECTED");
            assertThat(e.actor()).isEqualTo(officer);
            assertThat(e.detail()).contains("Fel antal timmar registrerades");
        });
        assertThat(jdbc.queryForObject("select scope from choice_entitlement where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("8");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where action = 'CORRECT_ENTITLEMENT' and resident_id = ?",
                        String.class,
                        residentId(p)))
                .contains("scope", "deadline")
                // The trail says what changed, not the person's wishes.
                .doesNotContain("kvinnlig");
        Map<String, Object> message = jdbc.queryForMap(
                "select subject, body, link_path from notification where resident_id = ? and topic = 'ENTITLEMENT_CORRECTED'",
                residentId(p));
        assertThat((String) message.get("body")).contains("8 timmar per vecka", "Välj utförare senast");
        assertThat(message.get("link_path")).isEqualTo(ResidentPages.myChoicesPath());
    }

    @Test
    void aCorrectionAgainstTheRulesOrOnAnOldVersionStoresNothing() {
        String type = catalogue.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        long id = registered("hl-rule-" + p.digits().substring(6), p, type);
        OfficerCase opened = officerService.openCase(id, SV).orElseThrow();

        assertThatThrownBy(() -> officerService.correct(
                        id,
                        new EntitlementCorrection(
                                BigDecimal.ZERO,
                                LocalDate.now(clock).minusDays(1),
                                Set.of(),
                                Set.of("NO-SUCH"),
                                null,
                                " ",
                                opened.version()),
                        SV))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("scope", "officer.form.scope.required")
                                .containsEntry("deadline", "officer.form.deadline.past")
                                .containsEntry("wishedSpecialisations", "officer.form.specialisations.invalid")
                                .containsEntry("reason", "officer.case.reason.required"));
        assertThatThrownBy(() -> officerService.correct(
                        id,
                        new EntitlementCorrection(
                                new BigDecimal("169"),
                                opened.deadline(),
                                Set.of(),
                                Set.of(),
                                null,
                                "Fel",
                                opened.version()),
                        SV))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("scope", "officer.form.scope.tooLarge.HOURS_PER_WEEK"));
        assertThatThrownBy(() -> officerService.correct(
                        id,
                        new EntitlementCorrection(
                                new BigDecimal("10"),
                                opened.deadline(),
                                Set.of("fi"),
                                Set.of(),
                                null,
                                "Inget",
                                opened.version()),
                        SV))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("case", "officer.case.nothingChanged"));

        // A correction made on what the officer saw before someone else's change fails loudly.
        officerService.correct(
                id,
                new EntitlementCorrection(
                        new BigDecimal("9"),
                        opened.deadline(),
                        Set.of("fi"),
                        Set.of(),
                        null,
                        "Nio timmar",
                        opened.version()),
                SV);
        assertThatThrownBy(() -> officerService.correct(
                        id,
                        new EntitlementCorrection(
                                new BigDecimal("7"),
                                opened.deadline(),
                                Set.of("fi"),
                                Set.of(),
                                null,
                                "Sju",
                                opened.version()),
                        SV))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select scope from choice_entitlement where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("9");
    }

    @Test
    void aLookUpShowsWhatThePersonAlreadyHas() {
        String type = catalogue.serviceType(Delivery.HOME);
        Personnummer p = ChoiceTestData.newPersonnummer();
        registered("hl-look-" + p.digits().substring(6), p, type);

        ResidentDetails found = officerService
                .findResident(p.formatted(), "GUIDANCE_CONVERSATION")
                .orElseThrow();

        assertThat(found.entitlements()).singleElement().satisfies(e -> {
            assertThat(e.scope()).isEqualByComparingTo("10");
            assertThat(e.status()).isEqualTo(EntitlementStatus.WAITING_FOR_CHOICE);
            assertThat(e.currentProvider()).isNull();
        });
    }

    @Test
    void onlySpecialisationsTheServicesProvidersOfferAreOfferedAsWishes() {
        String home = catalogue.serviceType(Delivery.HOME);
        String other = catalogue.serviceType(Delivery.HOME);
        catalogue
                .anOffering()
                .ofType(home)
                .by("Demensteamet")
                .specialisedIn("DEMENS")
                .create();
        catalogue
                .anOffering()
                .ofType(other)
                .by("Diabetesteamet")
                .specialisedIn("DIABETES")
                .create();

        assertThat(catalogueService.specialisationsOffered(List.of(home), SV))
                .extracting(Option::code)
                .containsExactly("DEMENS");
        assertThat(catalogueService.specialisationsOffered(List.of(home, other), SV))
                .extracting(Option::code)
                .containsExactlyInAnyOrder("DEMENS", "DIABETES");
        assertThat(catalogueService.specialisationsOffered(List.of(), SV)).isEmpty();
    }
}

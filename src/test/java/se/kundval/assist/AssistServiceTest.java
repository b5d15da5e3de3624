package se.kundval.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.kundval.audit.AccessLogLine;
import se.kundval.audit.AuditService;
import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceRefusedException;
import se.kundval.choice.ChoiceService;
import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
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
}

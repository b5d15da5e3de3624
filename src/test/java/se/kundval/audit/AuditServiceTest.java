package se.kundval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.choice.ChoiceTestData;
import se.kundval.choice.OfficerService;
import se.kundval.identity.Personnummer;
import se.kundval.identity.TestLogins;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.InvalidInputException;

/** Reading the audit trail: the resident's own events only, and the officers' audited search. */
@IntegrationTest
class AuditServiceTest {

    @Autowired
    AuditService audit;

    @Autowired
    OfficerService officers;

    @Autowired
    ChoiceTestData residents;

    @Autowired
    CatalogueTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResidentSeesWhoLookedAtThemAndOfficersFindItAndTheirSearchIsLoggedToo() {
        Personnummer p = ChoiceTestData.newPersonnummer();
        Personnummer other = ChoiceTestData.newPersonnummer();
        String type = data.serviceType(Delivery.HOME);
        residents.residentWithEntitlement(p, "BOO", type);
        residents.residentWithEntitlement(other, "BOO", type);
        String officer = "hl-audit-" + p.digits().substring(8);
        ChoiceTestData.logInAsOfficer(officer);
        // A case officer's look-up, like a service point's, needs a reason; without one nothing is read.
        assertThatThrownBy(() -> officers.findResident(p.formatted(), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("lookUpReason"));
        officers.findResident(p.formatted(), "GUIDANCE_CONVERSATION");
        officers.findResident(other.formatted(), "RESIDENT_GOT_IN_TOUCH");

        ChoiceTestData.logInAs(p);
        assertThat(audit.myAccessLog()).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("LOOK_UP_RESIDENT");
            assertThat(line.actorRole()).isEqualTo("handlaggare");
            assertThat(line.reason()).isEqualTo("GUIDANCE_CONVERSATION");
            assertThat(line.actor()).isNull();
        });

        TestLogins.commissioner("huvudman-logg-" + p.digits().substring(8));
        assertThat(audit.search(officer, null, null, null, null)).hasSize(2);
        assertThat(audit.search(null, p.formatted(), LocalDate.now(), LocalDate.now(), null))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.actor()).isEqualTo(officer);
                    // The reviewer sees the resident by masked personnummer and name, not by id.
                    assertThat(line.residentMasked()).isEqualTo(p.masked());
                    assertThat(line.residentName()).isNotBlank();
                });
        assertThat(audit.search(
                        officer,
                        null,
                        LocalDate.now().minusYears(2),
                        LocalDate.now().minusYears(1),
                        null))
                .isEmpty();
        assertThatThrownBy(() -> audit.search(null, "1940", null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where actor = ? and action = 'AUDIT_SEARCH'",
                        String.class,
                        "huvudman-logg-" + p.digits().substring(8)))
                .hasSize(3)
                .allSatisfy(d -> assertThat(d).doesNotContain(p.digits().substring(2, 8)));
    }

    @Test
    void repeatedReadsOfTheSameKindByTheSameStaffMemberOnADayAreOneLineForTheResident() {
        Personnummer p = ChoiceTestData.newPersonnummer();
        residents.residentWithEntitlement(p, "BOO", data.serviceType(Delivery.HOME));
        ChoiceTestData.logInAsOfficer("hl-repeat-" + p.digits().substring(8));
        for (int i = 0; i < 3; i++) {
            officers.findResident(p.formatted(), "GUIDANCE_CONVERSATION");
        }
        officers.findResident(p.formatted(), "CORRECT_DETAILS");
        ChoiceTestData.logInAsOfficer("hl-other-" + p.digits().substring(8));
        officers.findResident(p.formatted(), "GUIDANCE_CONVERSATION");

        ChoiceTestData.logInAs(p);
        assertThat(audit.myAccessLog())
                .extracting(AccessLogLine::reason, AccessLogLine::times)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GUIDANCE_CONVERSATION", 1),
                        org.assertj.core.groups.Tuple.tuple("CORRECT_DETAILS", 1),
                        org.assertj.core.groups.Tuple.tuple("GUIDANCE_CONVERSATION", 3));
    }
}

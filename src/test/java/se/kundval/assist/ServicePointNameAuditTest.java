package se.kundval.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.kundval.choice.ChoiceTestData;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Personnummer;
import se.kundval.identity.Role;
import se.kundval.identity.TestLogins;
import se.kundval.register.CatalogueAdminService;
import se.kundval.shared.IntegrationTest;

/**
 * The audit trail's "where" copies the service point's name: the longest name the register
 * accepts must fit it, or every look-up at that service point would fail on the audit write.
 */
@IntegrationTest
class ServicePointNameAuditTest {

    private static final int LONGEST_NAME = 200;

    @Autowired
    CatalogueAdminService admin;

    @Autowired
    AssistService assist;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLookUpAtAServicePointWithTheLongestAllowedNameIsAudited() {
        Personnummer p = ChoiceTestData.newPersonnummer();
        String code = "SP_LONG_" + p.digits().substring(8);
        String name = ("Medborgarservice " + code + " ").repeat(20).substring(0, LONGEST_NAME);
        TestLogins.commissioner("admin-" + code);
        admin.saveServicePoint(
                new CatalogueAdminService.ServicePointForm(code, name, "BOO", "Storgatan 1", null, null, null));
        // Staff of that service point, as their identity says.
        KundvalUser staff = new KundvalUser(
                "sp-" + code,
                "Staff",
                Set.of(Role.SERVICEPUNKT),
                Optional.empty(),
                Optional.empty(),
                Optional.of(code));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(staff, null, "ROLE_" + Role.SERVICEPUNKT));

        assist.lookUp(p.formatted(), "HELP_TO_CHOOSE", Locale.of("sv"));

        assertThat(jdbc.queryForList("select unit from audit_event where actor = ?", String.class, "sp-" + code))
                .containsExactly(name);
    }
}

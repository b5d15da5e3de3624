package se.kundval.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.identity.TestLogins;
import se.kundval.provider.RequirementService;
import se.kundval.provider.RequirementService.RequirementForm;
import se.kundval.register.CatalogueAdminService;
import se.kundval.register.CatalogueAdminService.AreaForm;
import se.kundval.register.CatalogueAdminService.ServiceTypeForm;
import se.kundval.register.CatalogueAdminService.SpecialisationForm;
import se.kundval.register.DefaultProviderRule;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.RecordOrigin;

/** The catalogue registers on a real MariaDB: validated saves, and deletes refused while in use. */
@IntegrationTest
class CatalogueAdminTest {

    @Autowired
    CatalogueAdminService admin;

    @Autowired
    RequirementService requirementService;

    @Autowired
    CatalogueTestData data;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String code() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    @Test
    void areasAreValidatedAndAnAreaInUseCannotBeDeleted() {
        TestLogins.commissioner("huvudman-a");
        String code = code();
        assertThatThrownBy(() -> admin.saveArea(new AreaForm("liten", "", 40.0, 18.0, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("code", "name", "centre"));
        admin.saveArea(new AreaForm(code, "Nytt område", 59.3, 18.2, null));
        assertThat(admin.areas()).extracting(AreaForm::code).contains(code);
        long seen = admin.areas().stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow()
                .version();
        admin.saveArea(new AreaForm(code, "Nytt namn", 59.3, 18.2, seen));
        assertThat(admin.areas())
                .filteredOn(a -> a.code().equals(code))
                .extracting(AreaForm::name)
                .containsExactly("Nytt namn");
        admin.deleteArea(code);
        assertThat(admin.areas()).extracting(AreaForm::code).doesNotContain(code);

        assertThatThrownBy(() -> admin.deleteArea("BOO"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("delete", "commission.admin.area.inUse"));
    }

    @Test
    void aSpecialisationOrRequirementInUseIsKept() {
        TestLogins.commissioner("huvudman-a");
        assertThatThrownBy(() -> admin.deleteSpecialisation("DEMENS"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("delete", "commission.admin.specialisation.inUse"));
        String spec = code();
        admin.saveSpecialisation(new SpecialisationForm(spec, "Hörselnedsättning", "Hearing loss", null));
        admin.deleteSpecialisation(spec);

        String type = data.serviceType(Delivery.HOME);
        requirementService.saveRequirement(
                new RequirementForm(type, "FSKATT", "Vi har F-skatt.", null, false, 1, null));
        assertThat(requirementService.requirements(type))
                .extracting(RequirementForm::code)
                .containsExactly("FSKATT");
        assertThatThrownBy(() ->
                        requirementService.saveRequirement(new RequirementForm(type, "x", "", null, false, -1, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("code", "textSv", "sortOrder"));
        requirementService.deleteRequirement(type, "FSKATT");
        assertThat(requirementService.requirements(type)).isEmpty();
    }

    @Test
    void aServiceTypesTermsAreChangedValidatedAndKeptFromTheImport() {
        TestLogins.commissioner("huvudman-a");
        String type = data.serviceType(Delivery.HOME);
        ServiceTypeForm before = admin.serviceTypes().stream()
                .filter(t -> t.code().equals(type))
                .findFirst()
                .orElseThrow();
        ServiceTypeForm changed = new ServiceTypeForm(
                type,
                before.nameSv(),
                before.nameEn(),
                before.descriptionSv(),
                before.descriptionEn(),
                before.scopeUnit(),
                Delivery.PREMISES,
                21,
                7,
                2,
                before.defaultRule(),
                before.defaultRuleSv(),
                before.defaultRuleEn(),
                before.version());
        admin.saveServiceType(changed);
        ServiceTypeForm after = admin.serviceTypes().stream()
                .filter(t -> t.code().equals(type))
                .findFirst()
                .orElseThrow();
        assertThat(after.noticePeriodDays()).isEqualTo(7);
        assertThat(after.delivery()).isEqualTo(Delivery.PREMISES);
        assertThat(jdbc.queryForObject("select origin from service_type where code = ?", String.class, type))
                .isEqualTo(RecordOrigin.PORTAL.name());

        assertThatThrownBy(() -> admin.saveServiceType(new ServiceTypeForm(
                        type,
                        "",
                        null,
                        "",
                        null,
                        null,
                        null,
                        0,
                        200,
                        0,
                        DefaultProviderRule.MUNICIPAL_OWN_PRODUCTION,
                        "",
                        null,
                        after.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsKeys(
                                        "nameSv",
                                        "descriptionSv",
                                        "scopeUnit",
                                        "delivery",
                                        "choiceDeadlineDays",
                                        "noticePeriodDays",
                                        "firstContactWorkingDays",
                                        "defaultRule",
                                        "defaultRuleSv"));
        assertThat(Set.of(after.choiceDeadlineDays())).containsExactly(21);
    }
}

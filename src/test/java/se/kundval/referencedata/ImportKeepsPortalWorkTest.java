package se.kundval.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.catalogue.CatalogueTestData;
import se.kundval.catalogue.ListingService;
import se.kundval.catalogue.QualityImportService;
import se.kundval.identity.Organisationsnummer;
import se.kundval.identity.TestLogins;
import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.OversightService;
import se.kundval.provider.RequirementService;
import se.kundval.register.CatalogueAdminService;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/**
 * The start-up import never undoes work done in the portal: for every kind of record it writes,
 * an edit made through the owning module's service survives a re-import of the same files (a
 * restart), and a row whose file content changed is still applied. Each test ends by importing
 * the original folder again, which (being a change from the edited file) restores the sample.
 */
@IntegrationTest
class ImportKeepsPortalWorkTest {

    @Autowired
    ReferenceDataImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequirementService requirements;

    @Autowired
    QualityImportService quality;

    @Autowired
    ListingService listings;

    @Autowired
    CatalogueAdminService admin;

    @Autowired
    OversightService oversight;

    @Autowired
    CatalogueTestData catalogue;

    @TempDir
    Path tempDir;

    @AfterEach
    void restoreTheSampleMunicipality() {
        TestLogins.logOut();
        importer.importFolders(SampleDataFolder.original());
    }

    private void restart() {
        importer.importFolders(SampleDataFolder.original());
    }

    private String requirementText() {
        return jdbc.queryForObject(
                "select r.text_sv from requirement r join service_type t on t.id = r.service_type_id"
                        + " where t.code = 'HEMTJANST' and r.code = 'F_SKATT'",
                String.class);
    }

    @Test
    void aRequirementTextEditedInThePortalSurvivesARestart() {
        TestLogins.commissioner("huvudman-import");
        requirements.saveRequirement(new RequirementService.RequirementForm(
                "HEMTJANST",
                "F_SKATT",
                "Godkänd för F-skatt (kommunens lydelse).",
                null,
                false,
                0,
                jdbc.queryForObject(
                        "select r.version from requirement r join service_type t on t.id = r.service_type_id"
                                + " where t.code = 'HEMTJANST' and r.code = 'F_SKATT'",
                        Long.class)));

        restart();

        assertThat(requirementText()).isEqualTo("Godkänd för F-skatt (kommunens lydelse).");
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        folder.replaceFirst(
                "requirements.yaml",
                "sv: Vi är godkända för F-skatt och har betalat skatter och avgifter.",
                "sv: Vi är godkända för F-skatt och har betalat alla skatter och avgifter.");
        importer.importFolders(folder.folders());
        assertThat(requirementText())
                .isEqualTo("Vi är godkända för F-skatt och har betalat alla skatter och avgifter.");
    }

    private double qualityValue() {
        return jdbc.queryForObject(
                "select q.measured_value from quality_indicator q join provider p on p.id = q.provider_id"
                        + " join service_type t on t.id = q.service_type_id"
                        + " join indicator_definition i on i.id = q.indicator_id"
                        + " where p.orgnr = '212000-9994' and t.code = 'HEMTJANST' and i.code = 'NOJDHET'"
                        + " and q.measure_year = 2024",
                Double.class);
    }

    @Test
    void aQualityFigureCorrectedByTheOfficersCsvImportSurvivesARestart() {
        TestLogins.commissioner("huvudman-import");
        quality.importQualityFile(("orgnr;serviceType;indicator;year;value;respondents;source\n"
                        + "212000-9994;HEMTJANST;NOJDHET;2024;91;161;Rättad efter kontroll\n")
                .getBytes(StandardCharsets.UTF_8));

        restart();

        assertThat(qualityValue()).isEqualTo(91.0);
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        folder.replaceFirst(
                "quality-indicators.csv",
                "212000-9994;HEMTJANST;NOJDHET;2024;87;",
                "212000-9994;HEMTJANST;NOJDHET;2024;88;");
        importer.importFolders(folder.folders());
        assertThat(qualityValue()).isEqualTo(88.0);
    }

    private LocalDate lastConfirmed() {
        return jdbc.queryForObject("select last_confirmed from offering where code = 'HT-KOMMUN'", LocalDate.class);
    }

    @Test
    void aListingsConfirmedUnchangedDateSurvivesARestart() {
        TestLogins.provider("212000-9994");
        long version = jdbc.queryForObject("select version from offering where code = 'HT-KOMMUN'", Long.class);
        listings.confirmUnchanged("HT-KOMMUN", version);
        LocalDate confirmed = lastConfirmed();
        assertThat(confirmed).isAfter(LocalDate.of(2026, 10, 28));

        restart();

        assertThat(lastConfirmed()).isEqualTo(confirmed);
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        folder.replaceFirst("offerings.yaml", "lastConfirmed: 2026-10-28", "lastConfirmed: 2026-10-29");
        importer.importFolders(folder.folders());
        assertThat(lastConfirmed()).isEqualTo(LocalDate.of(2026, 10, 29));
    }

    @Test
    void registerEntriesEditedInThePortalSurviveARestart() {
        TestLogins.commissioner("huvudman-import");
        CatalogueAdminService.AreaForm boo = admin.areas().stream()
                .filter(a -> a.code().equals("BOO"))
                .findFirst()
                .orElseThrow();
        CatalogueAdminService.SpecialisationForm demens = admin.specialisations().stream()
                .filter(s -> s.code().equals("DEMENS"))
                .findFirst()
                .orElseThrow();
        CatalogueAdminService.ServicePointForm point = admin.servicePoints().getFirst();
        CatalogueAdminService.ServiceTypeForm type = admin.serviceTypes().stream()
                .filter(t -> t.code().equals("HEMTJANST"))
                .findFirst()
                .orElseThrow();
        try {
            editedRegistersSurvive(point, type);
        } finally {
            // Rows unchanged in the file are not restored by importing it: the portal gives them back.
            TestLogins.commissioner("huvudman-import");
            admin.saveArea(new CatalogueAdminService.AreaForm(
                    boo.code(), boo.name(), boo.lat(), boo.lon(), version("area", boo.code())));
            admin.saveSpecialisation(new CatalogueAdminService.SpecialisationForm(
                    demens.code(), demens.nameSv(), demens.nameEn(), version("specialisation", demens.code())));
            admin.saveServicePoint(new CatalogueAdminService.ServicePointForm(
                    point.code(),
                    point.name(),
                    point.areaCode(),
                    point.address(),
                    point.hoursSv(),
                    point.hoursEn(),
                    version("service_point", point.code())));
            admin.saveServiceType(serviceType(type, version("service_type", type.code())));
        }
    }

    private void editedRegistersSurvive(
            CatalogueAdminService.ServicePointForm point, CatalogueAdminService.ServiceTypeForm type) {
        admin.saveArea(
                new CatalogueAdminService.AreaForm("BOO", "Boo med Orminge", 59.3322, 18.2885, version("area", "BOO")));
        admin.saveSpecialisation(new CatalogueAdminService.SpecialisationForm(
                "DEMENS", "Demens och minnessjukdom", "Dementia", version("specialisation", "DEMENS")));
        admin.saveServicePoint(new CatalogueAdminService.ServicePointForm(
                point.code(),
                "Servicepunkt (nytt namn)",
                point.areaCode(),
                point.address(),
                point.hoursSv(),
                null,
                version("service_point", point.code())));
        admin.saveServiceType(new CatalogueAdminService.ServiceTypeForm(
                type.code(),
                type.nameSv(),
                type.nameEn(),
                "Hjälp hemma, beskriven av kommunen.",
                type.descriptionEn(),
                type.scopeUnit(),
                type.delivery(),
                type.choiceDeadlineDays() + 1,
                type.noticePeriodDays(),
                type.firstContactWorkingDays(),
                type.defaultRule(),
                type.defaultRuleSv(),
                type.defaultRuleEn(),
                version("service_type", type.code())));

        restart();

        assertThat(jdbc.queryForObject("select name from area where code = 'BOO'", String.class))
                .isEqualTo("Boo med Orminge");
        assertThat(jdbc.queryForObject("select name_sv from specialisation where code = 'DEMENS'", String.class))
                .isEqualTo("Demens och minnessjukdom");
        assertThat(jdbc.queryForObject("select name from service_point where code = ?", String.class, point.code()))
                .isEqualTo("Servicepunkt (nytt namn)");
        assertThat(jdbc.queryForMap(
                        "select description_sv, choice_deadline_days from service_type where code = 'HEMTJANST'"))
                .containsEntry("description_sv", "Hjälp hemma, beskriven av kommunen.")
                .containsEntry("choice_deadline_days", type.choiceDeadlineDays() + 1);

        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        folder.replaceFirst("areas.yaml", "    name: Boo\n", "    name: Boo kommundel\n");
        importer.importFolders(folder.folders());
        assertThat(jdbc.queryForObject("select name from area where code = 'BOO'", String.class))
                .isEqualTo("Boo kommundel");
        assertThat(jdbc.queryForObject("select name_sv from specialisation where code = 'DEMENS'", String.class))
                .as("a row unchanged in the file stays as the portal left it")
                .isEqualTo("Demens och minnessjukdom");
    }

    @Test
    void anAccreditationSuspendedInThePortalStaysSuspendedAndAChangedRowIsApplied() {
        String type = catalogue.serviceType(Delivery.HOME);
        String offering =
                catalogue.anOffering().ofType(type).by("Importkoll AB").create();
        long accreditation = catalogue.accreditationId(offering);
        Organisationsnummer orgnr = Organisationsnummer.parse(jdbc.queryForObject(
                "select p.orgnr from accreditation a join provider p on p.id = a.provider_id where a.id = ?",
                String.class,
                accreditation));
        LocalDate validFrom = jdbc.queryForObject(
                "select valid_from from accreditation where id = ?", LocalDate.class, accreditation);
        ReferenceData valid = new ReferenceDataReader(SampleDataFolder.original()).read();
        ReferenceData.ProviderRow p = valid.providers().getFirst();
        ReferenceData.ServiceTypeRow t = valid.serviceTypes().getFirst();
        // The file names this test's provider and service type too (as a municipality's file would).
        ReferenceData.ProviderRow providerRow = new ReferenceData.ProviderRow(
                orgnr, "Importkoll AB", p.type(), p.legalForm(), p.address(), p.phone(), p.email(), p.website());
        ReferenceData.ServiceTypeRow typeRow = new ReferenceData.ServiceTypeRow(
                type,
                t.name(),
                t.description(),
                t.scopeUnit(),
                t.delivery(),
                t.choiceDeadlineDays(),
                t.noticePeriodDays(),
                t.firstContactWorkingDays(),
                t.sortOrder(),
                t.defaultRule(),
                null,
                t.defaultRuleExplanation());
        ReferenceData first = with(
                valid,
                providerRow,
                typeRow,
                new ReferenceData.AccreditationRow(
                        orgnr, type, AccreditationStatus.APPROVED, validFrom, validFrom, null));
        importer.write(first);
        TestLogins.commissioner("huvudman-import");
        oversight.suspend(
                accreditation,
                jdbc.queryForObject("select version from accreditation where id = ?", Long.class, accreditation),
                "Brister vid tillsyn.");
        TestLogins.logOut();

        importer.write(first);

        assertThat(status(accreditation)).isEqualTo("SUSPENDED");
        importer.write(with(
                valid,
                providerRow,
                typeRow,
                new ReferenceData.AccreditationRow(
                        orgnr, type, AccreditationStatus.APPROVED, validFrom.minusDays(1), validFrom, null)));
        assertThat(status(accreditation)).isEqualTo("APPROVED");
    }

    private String status(long accreditation) {
        return jdbc.queryForObject("select status from accreditation where id = ?", String.class, accreditation);
    }

    private static ReferenceData with(
            ReferenceData valid,
            ReferenceData.ProviderRow provider,
            ReferenceData.ServiceTypeRow type,
            ReferenceData.AccreditationRow accreditation) {
        List<ReferenceData.ProviderRow> providers = new ArrayList<>(valid.providers());
        providers.add(provider);
        List<ReferenceData.ServiceTypeRow> types = new ArrayList<>(valid.serviceTypes());
        types.add(type);
        List<ReferenceData.AccreditationRow> accreditations = new ArrayList<>(valid.accreditations());
        accreditations.add(accreditation);
        return new ReferenceData(
                valid.areas(),
                valid.specialisations(),
                providers,
                types,
                valid.indicators(),
                valid.servicePoints(),
                valid.requirements(),
                accreditations,
                valid.offerings(),
                valid.qualityIndicators(),
                valid.residents());
    }

    /** The version a register row has now, as the admin page would show it. */
    private long version(String table, String code) {
        return jdbc.queryForObject("select version from " + table + " where code = ?", Long.class, code);
    }

    private static CatalogueAdminService.ServiceTypeForm serviceType(
            CatalogueAdminService.ServiceTypeForm t, long version) {
        return new CatalogueAdminService.ServiceTypeForm(
                t.code(),
                t.nameSv(),
                t.nameEn(),
                t.descriptionSv(),
                t.descriptionEn(),
                t.scopeUnit(),
                t.delivery(),
                t.choiceDeadlineDays(),
                t.noticePeriodDays(),
                t.firstContactWorkingDays(),
                t.defaultRule(),
                t.defaultRuleSv(),
                t.defaultRuleEn(),
                version);
    }
}

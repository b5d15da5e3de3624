package se.kundval.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import se.kundval.catalogue.Offering;
import se.kundval.catalogue.internal.OfferingRepository;
import se.kundval.provider.internal.ProviderRepository;
import se.kundval.shared.GeoPoint;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.RecordOrigin;
import se.kundval.shared.ReferenceDataException;

/** The start-up import against a real MariaDB: idempotent, updating, all-or-nothing. */
@IntegrationTest
class ReferenceDataImportTest {

    /** Tables the import writes, or that hold people's data it must never touch. */
    private static final List<String> TABLES = List.of(
            "area",
            "specialisation",
            "provider",
            "service_type",
            "indicator_definition",
            "indicator_service_type",
            "service_point",
            "requirement",
            "accreditation",
            "accreditation_event",
            "offering",
            "offering_text",
            "offering_language",
            "offering_specialisation",
            "offering_area",
            "quality_indicator",
            "resident",
            "guidance_conversation",
            "choice_entitlement",
            "entitlement_wish_language",
            "entitlement_wish_specialisation",
            "entitlement_event",
            "choice");

    @Autowired
    ReferenceDataImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    OfferingRepository offerings;

    @Autowired
    ProviderRepository providers;

    @TempDir
    Path tempDir;

    @AfterEach
    void restoreTheSampleMunicipality() {
        importer.importFolders(SampleDataFolder.original());
    }

    @Test
    void importingTwiceChangesNothing() {
        importer.importFolders(SampleDataFolder.original());
        Map<String, String> before = snapshot();

        ReferenceDataImporter.ImportSummary summary = importer.importFolders(SampleDataFolder.original());

        assertThat(summary.createdRows()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anEditedFileUpdatesTheDatabase() {
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        folder.replaceFirst(
                "providers.yaml", "name: Omsorgsgruppen Saltsjö AB", "name: Omsorgsgruppen Saltsjö i Nacka AB");

        importer.importFolders(folder.folders());

        assertThat(providers.findByOrgnr("556677-8899"))
                .get()
                .satisfies(p -> assertThat(p.getName()).isEqualTo("Omsorgsgruppen Saltsjö i Nacka AB"));
    }

    @Test
    void aBrokenFileChangesNothingAndSaysWhere() {
        Map<String, String> before = snapshot();
        SampleDataFolder folder = SampleDataFolder.copyInto(tempDir);
        folder.replaceFirst("providers.yaml", "name: Omsorgsgruppen Saltsjö AB", "name: Ändrat namn AB");
        folder.append("quality-indicators.csv", "556677-8899;HEMTJANST;NOJDHET;2025;nittio;84;Källa;\n");
        int brokenLine = folder.lines("quality-indicators.csv").size();

        assertThatThrownBy(() -> importer.importFolders(folder.folders()))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("quality-indicators.csv, line " + brokenLine + ", field 'value'");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFailureWhileWritingRollsBackEverything() {
        ReferenceData valid = new ReferenceDataReader(SampleDataFolder.original()).read();
        List<ReferenceData.AreaRow> areas = new ArrayList<>(valid.areas());
        areas.add(new ReferenceData.AreaRow("ROLLBACK_TEST", "Testområde", new GeoPoint(59.3, 18.2)));
        List<ReferenceData.OfferingRow> offeringRows = new ArrayList<>(valid.offerings());
        ReferenceData.OfferingRow template = offeringRows.getFirst();
        // Refers to a service type that does not exist: fails at the very end of the write.
        offeringRows.add(new ReferenceData.OfferingRow(
                "ROLLBACK-TEST",
                template.provider(),
                "NO_SUCH_TYPE",
                null,
                template.texts(),
                Set.of("sv"),
                Set.of(),
                Set.of("ROLLBACK_TEST"),
                10,
                true,
                null,
                null,
                null,
                null,
                null));
        ReferenceData broken = new ReferenceData(
                areas,
                valid.specialisations(),
                valid.providers(),
                valid.serviceTypes(),
                valid.indicators(),
                valid.servicePoints(),
                valid.requirements(),
                valid.accreditations(),
                offeringRows,
                valid.qualityIndicators(),
                valid.residents());
        Map<String, String> before = snapshot();

        assertThatThrownBy(() -> importer.write(broken)).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.queryForObject("select count(*) from area where code = 'ROLLBACK_TEST'", Integer.class))
                .isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anOfferingEditedInThePortalIsNeverOverwritten() {
        String code = "HT-KOMMUN";
        Offering original = offerings.findByCode(code).orElseThrow();
        int originalCapacity = original.getCapacity();
        try {
            tx.executeWithoutResult(s -> {
                Offering o = offerings.findByCode(code).orElseThrow();
                o.setCapacity(originalCapacity + 7);
                o.markEditedInPortal();
            });
            importer.importFolders(SampleDataFolder.original());

            Offering after = offerings.findByCode(code).orElseThrow();
            assertThat(after.getCapacity()).isEqualTo(originalCapacity + 7);
            assertThat(after.getOrigin()).isEqualTo(RecordOrigin.PORTAL);
        } finally {
            // Give the row back to the import so other tests see the sample data.
            jdbc.update("update offering set origin = 'IMPORT', capacity = ? where code = ?", originalCapacity, code);
        }
    }

    @Test
    void aResidentsOwnDataIsNeverOverwritten() {
        Long residentId = jdbc.queryForObject("select min(id) from resident where origin = 'IMPORT'", Long.class);
        String phone = jdbc.queryForObject("select phone from resident where id = ?", String.class, residentId);
        try {
            jdbc.update("update resident set phone = '070-000 00 01' where id = ?", residentId);

            importer.importFolders(SampleDataFolder.original());

            assertThat(jdbc.queryForObject("select phone from resident where id = ?", String.class, residentId))
                    .isEqualTo("070-000 00 01");
        } finally {
            jdbc.update("update resident set phone = ? where id = ?", phone, residentId);
        }
    }

    /** Row count and MariaDB's table checksum of every table: equal snapshots mean equal data. */
    private Map<String, String> snapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (String table : TABLES) {
            Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
            Object checksum =
                    jdbc.queryForMap("checksum table " + table + " extended").get("Checksum");
            snapshot.put(table, count + "/" + checksum);
        }
        return snapshot;
    }
}
